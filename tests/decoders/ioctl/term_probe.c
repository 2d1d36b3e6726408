/* Terminal ioctls on a pseudo-terminal and on a bad descriptor (probe.h). */
#include "probe.h"
#include <asm/termbits.h>

int main(void)
{
	probe_start();
	int fd = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	struct termios *tios = tail_alloc(sizeof(*tios));
	struct termios2 *tios2 = tail_alloc(sizeof(*tios2));
	struct termio *tio = tail_alloc(sizeof(*tio));
	struct winsize *ws = tail_alloc(sizeof(*ws));
	int *num = tail_alloc(sizeof(*num));

	PROBE_STRUCT("tcgets", fd, TCGETS, tios);
	PROBE_STRUCT("tcsets", fd, TCSETS, tios);
	memset(tios, 0xa5, sizeof(*tios));
	PROBE_STRUCT("tcsets-junk", -1, TCSETSW, tios);
	PROBE_STRUCT("tcgets2", fd, TCGETS2, tios2);
	PROBE_STRUCT("tcsets2", -1, TCSETSF2, tios2);
	PROBE_STRUCT("tcgeta", fd, TCGETA, tio);
	PROBE_STRUCT("tcseta", -1, TCSETA, tio);
	ws->ws_row = 24; ws->ws_col = 80; ws->ws_xpixel = 1; ws->ws_ypixel = 65535;
	PROBE_STRUCT("tiocswinsz", fd, TIOCSWINSZ, ws);
	PROBE_STRUCT("tiocgwinsz", fd, TIOCGWINSZ, ws);
	PROBE_STRUCT("tiocgptn", fd, TIOCGPTN, num);
	*num = 0;
	PROBE_STRUCT("tiocsptlck", fd, TIOCSPTLCK, num);
	*num = TIOCM_DTR | TIOCM_RTS | 0x100000;
	PROBE_STRUCT("tiocmbis", -1, TIOCMBIS, num);
	PROBE_STRUCT("tiocmget", fd, TIOCMGET, num);
	PROBE_STRUCT("fionread", fd, FIONREAD, num);
	probe("tcxonc", -1, TCXONC, TCOON);
	probe("tcxonc-bad", -1, TCXONC, 0xffffffff00000009UL);
	probe("tcflsh", -1, TCFLSH, TCIOFLUSH);
	probe("tcsbrk", -1, TCSBRK, 0xffffffff);
	probe("tiocexcl", -1, TIOCEXCL, 0x1234);
	probe("fioclex", fd, FIOCLEX, 0);
	char *c = tail_alloc(1);
	*c = '\n';
	mem(c, 1);
	probe("tiocsti", -1, TIOCSTI, (unsigned long) c);
	probe("tiocsti-bad", -1, TIOCSTI, (unsigned long) c + 1);
	probe("unknown-T", -1, _IOR('T', 0xfe, int), (unsigned long) num);
	return 0;
}
