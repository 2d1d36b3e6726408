/* LIRC ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/lirc.h>

int main(void)
{
	probe_start();
	unsigned int *v = tail_alloc(sizeof(*v));
	*v = LIRC_CAN_SEND_PULSE | 0x1;
	PROBE_STRUCT("get-features", -1, LIRC_GET_FEATURES, v);
	*v = LIRC_MODE_SCANCODE;
	PROBE_STRUCT("set-send-mode", -1, LIRC_SET_SEND_MODE, v);
	*v = 0xbadc0ded;
	PROBE_STRUCT("set-rec-mode", -1, LIRC_SET_REC_MODE, v);
	PROBE_STRUCT("set-mask", -1, LIRC_SET_TRANSMITTER_MASK, v);
	PROBE_STRUCT("set-carrier", -1, LIRC_SET_SEND_CARRIER, v);
	return 0;
}
