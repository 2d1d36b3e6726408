/* Real-time clock ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/rtc.h>

int main(void)
{
	probe_start();
	struct rtc_time *t = tail_alloc(sizeof(*t));
	*t = (struct rtc_time) { 1, 2, 3, 4, 5, 123, 6, 300, -1 };
	PROBE_STRUCT("rd-time", -1, RTC_RD_TIME, t);
	PROBE_STRUCT("set-time", -1, RTC_SET_TIME, t);
	struct rtc_wkalrm *wk = tail_alloc(sizeof(*wk));
	wk->enabled = 1; wk->pending = 0; wk->time = *t;
	PROBE_STRUCT("wkalm-set", -1, RTC_WKALM_SET, wk);
	PROBE_STRUCT("wkalm-rd", -1, RTC_WKALM_RD, wk);
	struct rtc_pll_info *pll = tail_alloc(sizeof(*pll));
	*pll = (struct rtc_pll_info) { 1, -2, 3, 4, 5, 6, -7 };
	PROBE_STRUCT("pll-set", -1, RTC_PLL_SET, pll);
	unsigned long *ul = tail_alloc(sizeof(*ul));
	*ul = 1970;
	PROBE_STRUCT("epoch-read", -1, RTC_EPOCH_READ, ul);
	probe("epoch-set", -1, RTC_EPOCH_SET, 0xffffffffffffffffUL);
	unsigned int *vl = tail_alloc(sizeof(*vl));
	*vl = RTC_VL_DATA_INVALID | 0x80;
	PROBE_STRUCT("vl-read", -1, RTC_VL_READ, vl);
	probe("aie-on", -1, RTC_AIE_ON, 0x42);
	struct rtc_param *param = tail_alloc(sizeof(*param));
	memset(param, 0, sizeof(*param));
	param->param = RTC_PARAM_FEATURES; param->uvalue = 1 << RTC_FEATURE_ALARM | 1ULL << 40;
	PROBE_STRUCT("param-set-features", -1, RTC_PARAM_SET, param);
	PROBE_STRUCT("param-get-features", -1, RTC_PARAM_GET, param);
	param->param = RTC_PARAM_CORRECTION; param->svalue = -5; param->index = 2;
	PROBE_STRUCT("param-set-correction", -1, RTC_PARAM_SET, param);
	param->param = RTC_PARAM_BACKUP_SWITCH_MODE; param->uvalue = 1; param->__pad = 7;
	PROBE_STRUCT("param-get-bsm", -1, RTC_PARAM_GET, param);
	param->param = 42;
	PROBE_STRUCT("param-get-unknown", -1, RTC_PARAM_GET, param);
	return 0;
}
