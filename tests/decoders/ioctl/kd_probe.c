/* Console and keyboard ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <signal.h>

int main(void)
{
	probe_start();
	probe("kiocsound", -1, KIOCSOUND, 1000);
	probe("kiocsound-off", -1, KIOCSOUND, 0);
	probe("mktone", -1, KDMKTONE, (100 << 16) | 1193);
	probe("setled", -1, KDSETLED, LED_CAP | 0x80);
	unsigned char *c = tail_alloc(1);
	*c = LED_NUM;
	PROBE_STRUCT("gkbled", -1, KDGKBLED, c);
	*c = KB_101;
	PROBE_STRUCT("gkbtype", -1, KDGKBTYPE, c);
	probe("addio", -1, KDADDIO, 0x3b5);
	probe("setmode", -1, KDSETMODE, KD_GRAPHICS);
	probe("skbmode", -1, KDSKBMODE, 0xffffffff);
	int *num = tail_alloc(4);
	*num = K_UNICODE;
	PROBE_STRUCT("gkbmode", -1, KDGKBMODE, num);
	struct kbentry *ke = tail_alloc(sizeof(*ke));
	ke->kb_table = K_SHIFTTAB; ke->kb_index = 3; ke->kb_value = K(KT_LATIN, 'a');
	PROBE_STRUCT("skbent", -1, KDSKBENT, ke);
	ke->kb_table = 0x80; ke->kb_value = K_F1;
	PROBE_STRUCT("gkbent", -1, KDGKBENT, ke);
	ke->kb_value = K(KT_CONS, 5);
	PROBE_STRUCT("skbent-cons", -1, KDSKBENT, ke);
	struct kbsentry *ks = tail_alloc(sizeof(*ks));
	memset(ks, 0, sizeof(*ks));
	ks->kb_func = KVAL(K_F2);
	strcpy((char *) ks->kb_string, "\033[[B");
	PROBE_STRUCT("skbsent", -1, KDSKBSENT, ks);
	memset(ks->kb_string, 'x', 100);
	PROBE_STRUCT("gkbsent-long", -1, KDGKBSENT, ks);
	struct kbdiacrs *kd = tail_alloc(sizeof(*kd));
	memset(kd, 0, sizeof(*kd));
	kd->kb_cnt = 2; kd->kbdiacr[0].diacr = '`'; kd->kbdiacr[0].base = 'a';
	kd->kbdiacr[0].result = 0xe0; kd->kbdiacr[1].base = '\n';
	PROBE_STRUCT("skbdiacr", -1, KDSKBDIACR, kd);
	kd->kb_cnt = 300;
	PROBE_STRUCT("gkbdiacr-many", -1, KDGKBDIACR, kd);
	struct kbkeycode *kc = tail_alloc(sizeof(*kc));
	kc->scancode = 1; kc->keycode = 2;
	PROBE_STRUCT("getkeycode", -1, KDGETKEYCODE, kc);
	probe("sigaccept", -1, KDSIGACCEPT, SIGUSR1);
	struct kbd_repeat *rep = tail_alloc(sizeof(*rep));
	rep->delay = 250; rep->period = -1;
	PROBE_STRUCT("kbdrep", -1, KDKBDREP, rep);
	unsigned short *smap = tail_alloc(E_TABSZ * 2);
	for (int i = 0; i < E_TABSZ; i++)
		smap[i] = i % 3 ? 0xf000 + i : i;
	mem(smap, E_TABSZ * 2);
	probe("pio-uniscrnmap", -1, PIO_UNISCRNMAP, (unsigned long) smap);
	struct unipair *pairs = tail_alloc(2 * sizeof(*pairs));
	pairs[0].unicode = 0x41; pairs[0].fontpos = 1;
	struct unimapdesc *ud = tail_alloc(sizeof(*ud));
	ud->entry_ct = 2; ud->entries = pairs;
	mem(ud, sizeof(*ud)); mem(pairs, 2 * sizeof(*pairs));
	probe("pio-unimap", -1, PIO_UNIMAP, (unsigned long) ud);
	mem(ud, sizeof(*ud)); mem(pairs, 2 * sizeof(*pairs));
	probe("gio-unimap", -1, GIO_UNIMAP, (unsigned long) ud);
	struct console_font_op *op = tail_alloc(sizeof(*op));
	memset(op, 0, sizeof(*op));
	op->op = KD_FONT_OP_GET; op->width = 8; op->height = 16; op->charcount = 1;
	op->data = (unsigned char *) smap;
	mem(op, sizeof(*op)); mem(smap, E_TABSZ * 2);
	probe("fontop-get", -1, KDFONTOP, (unsigned long) op);
	op->op = KD_FONT_OP_COPY;
	PROBE_STRUCT("fontop-copy", -1, KDFONTOP, op);
	probe("enabio", -1, KDENABIO, 0x10);
	return 0;
}
