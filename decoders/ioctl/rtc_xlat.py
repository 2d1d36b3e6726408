"""Tables for decoders/ioctl/rtc.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

RTC_VL_FLAGS = (
    (0x1, 'RTC_VL_DATA_INVALID'),
    (0x2, 'RTC_VL_BACKUP_LOW'),
    (0x4, 'RTC_VL_BACKUP_EMPTY'),
    (0x8, 'RTC_VL_ACCURACY_LOW'),
    (0x10, 'RTC_VL_BACKUP_SWITCH'),
)

RTC_PARAMS = (
    (0, 'RTC_PARAM_FEATURES'),
    (0x1, 'RTC_PARAM_CORRECTION'),
    (0x2, 'RTC_PARAM_BACKUP_SWITCH_MODE'),
)

RTC_FEATURES = (
    (0x1, '1<<RTC_FEATURE_ALARM'),
    (0x2, '1<<RTC_FEATURE_ALARM_RES_MINUTE'),
    (0x4, '1<<RTC_FEATURE_NEED_WEEK_DAY'),
    (0x8, '1<<RTC_FEATURE_ALARM_RES_2S'),
    (0x10, '1<<RTC_FEATURE_UPDATE_INTERRUPT'),
    (0x20, '1<<RTC_FEATURE_CORRECTION'),
    (0x40, '1<<RTC_FEATURE_BACKUP_SWITCH_MODE'),
    (0x80, '1<<RTC_FEATURE_ALARM_WAKEUP_ONLY'),
)

RTC_BACKUP_SWITCH_MODES = (
    (0, 'RTC_BSM_DISABLED'),
    (0x1, 'RTC_BSM_DIRECT'),
    (0x2, 'RTC_BSM_LEVEL'),
    (0x3, 'RTC_BSM_STANDBY'),
)
