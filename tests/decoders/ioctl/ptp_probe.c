/* PTP clock ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/ptp_clock.h>

int main(void)
{
	probe_start();
	struct ptp_clock_caps *caps = tail_alloc(sizeof(*caps));
	memset(caps, 0, sizeof(*caps));
	caps->max_adj = -1; caps->n_pins = 4; caps->rsv[11] = 0xff;
	PROBE_STRUCT("getcaps", -1, PTP_CLOCK_GETCAPS, caps);
	struct ptp_extts_request *ex = tail_alloc(sizeof(*ex));
	ex->index = 1; ex->flags = PTP_ENABLE_FEATURE | 0x100; ex->rsv[0] = 0; ex->rsv[1] = 3;
	PROBE_STRUCT("extts", -1, PTP_EXTTS_REQUEST, ex);
	PROBE_STRUCT("extts2", -1, PTP_EXTTS_REQUEST2, ex);
	struct ptp_perout_request *po = tail_alloc(sizeof(*po));
	memset(po, 0, sizeof(*po));
	po->start.sec = 1700000000; po->start.nsec = 5; po->period.sec = 1;
	po->period.reserved = 9; po->flags = PTP_PEROUT_ONE_SHOT; po->rsv[2] = 1;
	PROBE_STRUCT("perout2", -1, PTP_PEROUT_REQUEST2, po);
	po->flags = PTP_PEROUT_PHASE | PTP_PEROUT_DUTY_CYCLE; po->on.nsec = 1000000000;
	PROBE_STRUCT("perout-phase", -1, PTP_PEROUT_REQUEST, po);
	probe("enable-pps", -1, PTP_ENABLE_PPS, 0xffffffffffffffffUL);
	struct ptp_sys_offset *so = tail_alloc(sizeof(*so));
	memset(so, 0, sizeof(*so));
	so->n_samples = 2; so->ts[0].sec = 1; so->ts[4].nsec = 7;
	PROBE_STRUCT("sys-offset", -1, PTP_SYS_OFFSET, so);
	so->n_samples = 100;
	PROBE_STRUCT("sys-offset-many", -1, PTP_SYS_OFFSET2, so);
	struct ptp_pin_desc *pin = tail_alloc(sizeof(*pin));
	memset(pin, 0, sizeof(*pin));
	strcpy(pin->name, "SMA1"); pin->index = 1; pin->func = PTP_PF_PEROUT; pin->chan = 2;
	pin->rsv[4] = 1;
	PROBE_STRUCT("pin-get", -1, PTP_PIN_GETFUNC, pin);
	PROBE_STRUCT("pin-get2", -1, PTP_PIN_GETFUNC2, pin);
	PROBE_STRUCT("pin-set2", -1, PTP_PIN_SETFUNC2, pin);
	pin->func = 99;
	PROBE_STRUCT("pin-set", -1, PTP_PIN_SETFUNC, pin);
	struct ptp_sys_offset_precise *pr = tail_alloc(sizeof(*pr));
	memset(pr, 0, sizeof(*pr));
	pr->device.sec = 1700000000; pr->sys_monoraw.nsec = 3;
	PROBE_STRUCT("precise", -1, PTP_SYS_OFFSET_PRECISE, pr);
	struct ptp_sys_offset_extended *se = tail_alloc(sizeof(*se));
	memset(se, 0, sizeof(*se));
	se->n_samples = 1; se->ts[0][1].sec = 2;
	PROBE_STRUCT("extended", -1, PTP_SYS_OFFSET_EXTENDED, se);
	return 0;
}
