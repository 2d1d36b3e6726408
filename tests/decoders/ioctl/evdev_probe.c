/* Input event ioctls (probe.h) on a bad descriptor; with injected success
 * the bit sets are as long as the injected return value says. */
#include "probe.h"
#include <linux/input.h>
#include <time.h>

int main(void)
{
	probe_start();
	int *num = tail_alloc(4);
	*num = 0x10001;
	PROBE_STRUCT("gversion", -1, EVIOCGVERSION, num);
	struct input_id *id = tail_alloc(sizeof(*id));
	id->bustype = 3; id->vendor = 0x46d; id->product = 0xc52b; id->version = 0x111;
	PROBE_STRUCT("gid", -1, EVIOCGID, id);
	unsigned int *rep = tail_alloc(8);
	rep[0] = 250; rep[1] = 33;
	mem(rep, 8);
	probe("grep", -1, EVIOCGREP, (unsigned long) rep);
	mem(rep, 8);
	probe("srep", -1, EVIOCSREP, (unsigned long) rep);
	unsigned int *kc = tail_alloc(8);
	kc[0] = 30; kc[1] = KEY_A;
	mem(kc, 8);
	probe("skeycode", -1, EVIOCSKEYCODE, (unsigned long) kc);
	struct input_keymap_entry *ke = tail_alloc(sizeof(*ke));
	memset(ke, 0, sizeof(*ke));
	ke->len = 4; ke->keycode = 0x2fe; ke->scancode[0] = 0x1e;
	PROBE_STRUCT("gkeycode-v2", -1, EVIOCGKEYCODE_V2, ke);
	struct input_absinfo *ai = tail_alloc(sizeof(*ai));
	ai->value = 1; ai->minimum = -1; ai->maximum = 255; ai->fuzz = 0; ai->flat = 1;
	ai->resolution = 7;
	PROBE_STRUCT("gabs", -1, EVIOCGABS(ABS_X), ai);
	PROBE_STRUCT("sabs", -1, EVIOCSABS(ABS_MT_SLOT), ai);
	unsigned long *bits = tail_alloc(96);
	memset(bits, 0, 96);
	bits[0] = 0x1e; bits[1] = 0x8000000000000001UL;
	mem(bits, 96);
	probe("gbit-key", -1, EVIOCGBIT(EV_KEY, 96), (unsigned long) bits);
	mem(bits, 96);
	probe("gbit-ev", -1, EVIOCGBIT(0, 8), (unsigned long) bits);
	mem(bits, 96);
	probe("gprop", -1, EVIOCGPROP(8), (unsigned long) bits);
	int *slots = tail_alloc(16);
	slots[0] = ABS_MT_POSITION_X; slots[1] = -1; slots[2] = 5; slots[3] = 0;
	mem(slots, 16);
	probe("gmtslots", -1, EVIOCGMTSLOTS(16), (unsigned long) slots);
	char *name = tail_alloc(16);
	memcpy(name, "Keyboard\0xxxxxxx", 16);
	mem(name, 16);
	probe("gname", -1, EVIOCGNAME(16), (unsigned long) name);
	struct ff_effect *ff = tail_alloc(sizeof(*ff));
	memset(ff, 0, sizeof(*ff));
	ff->type = FF_PERIODIC; ff->id = -1; ff->u.periodic.magnitude = -5;
	ff->u.periodic.envelope.fade_level = 0x10;
	PROBE_STRUCT("sff", -1, EVIOCSFF, ff);
	ff->type = FF_RUMBLE; ff->u.rumble.weak_magnitude = 3;
	PROBE_STRUCT("sff-rumble", -1, EVIOCSFF, ff);
	probe("rmff", -1, EVIOCRMFF, 0xffffffff);
	probe("grab", -1, EVIOCGRAB, 1);
	*num = CLOCK_MONOTONIC;
	PROBE_STRUCT("sclockid", -1, EVIOCSCLOCKID, num);
	return 0;
}
