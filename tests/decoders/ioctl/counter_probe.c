/* Counter ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/counter.h>

int main(void)
{
	probe_start();
	struct counter_watch *w = tail_alloc(sizeof(*w));
	w->component.type = COUNTER_COMPONENT_COUNT;
	w->component.scope = COUNTER_SCOPE_COUNT;
	w->component.parent = 1;
	w->component.id = 2;
	w->event = COUNTER_EVENT_OVERFLOW_UNDERFLOW;
	w->channel = 255;
	PROBE_STRUCT("add-watch", -1, COUNTER_ADD_WATCH_IOCTL, w);
	memset(w, 0xee, sizeof(*w));
	PROBE_STRUCT("add-watch-junk", -1, COUNTER_ADD_WATCH_IOCTL, w);
	probe("enable", -1, COUNTER_ENABLE_EVENTS_IOCTL, 0x42);
	probe("disable", -1, COUNTER_DISABLE_EVENTS_IOCTL, 0);
	return 0;
}
