/* GPIO ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/gpio.h>

int main(void)
{
	probe_start();
	struct gpiochip_info *ci = tail_alloc(sizeof(*ci));
	memset(ci, 0, sizeof(*ci));
	strcpy(ci->name, "gpiochip0"); memset(ci->label, 'l', sizeof(ci->label)); ci->lines = 8;
	PROBE_STRUCT("chipinfo", -1, GPIO_GET_CHIPINFO_IOCTL, ci);
	struct gpioline_info *li = tail_alloc(sizeof(*li));
	memset(li, 0, sizeof(*li));
	li->line_offset = 3; li->flags = GPIOLINE_FLAG_KERNEL | 0x1000; strcpy(li->name, "led");
	PROBE_STRUCT("lineinfo", -1, GPIO_GET_LINEINFO_IOCTL, li);
	struct gpiohandle_request *hr = tail_alloc(sizeof(*hr));
	memset(hr, 0, sizeof(*hr));
	hr->lines = 2; hr->lineoffsets[0] = 1; hr->lineoffsets[1] = 5;
	hr->flags = GPIOHANDLE_REQUEST_OUTPUT; hr->default_values[1] = 1; hr->fd = 3;
	strcpy(hr->consumer_label, "probe");
	PROBE_STRUCT("linehandle", -1, GPIO_GET_LINEHANDLE_IOCTL, hr);
	hr->lines = 100;
	PROBE_STRUCT("linehandle-many", -1, GPIO_GET_LINEHANDLE_IOCTL, hr);
	struct gpioevent_request *er = tail_alloc(sizeof(*er));
	memset(er, 0, sizeof(*er));
	er->lineoffset = 1; er->eventflags = GPIOEVENT_REQUEST_BOTH_EDGES; er->fd = -1;
	PROBE_STRUCT("lineevent", -1, GPIO_GET_LINEEVENT_IOCTL, er);
	struct gpiohandle_data *hd = tail_alloc(sizeof(*hd));
	memset(hd, 0, sizeof(*hd));
	hd->values[0] = 1; hd->values[63] = 2;
	PROBE_STRUCT("get-values", -1, GPIOHANDLE_GET_LINE_VALUES_IOCTL, hd);
	PROBE_STRUCT("set-values", -1, GPIOHANDLE_SET_LINE_VALUES_IOCTL, hd);
	struct gpiohandle_config *hc = tail_alloc(sizeof(*hc));
	memset(hc, 0, sizeof(*hc));
	hc->flags = GPIOHANDLE_REQUEST_ACTIVE_LOW;
	PROBE_STRUCT("set-config", -1, GPIOHANDLE_SET_CONFIG_IOCTL, hc);
	struct gpio_v2_line_info *l2 = tail_alloc(sizeof(*l2));
	memset(l2, 0, sizeof(*l2));
	l2->offset = 2; l2->num_attrs = 3; strcpy(l2->name, "sda");
	l2->attrs[0].id = GPIO_V2_LINE_ATTR_ID_FLAGS; l2->attrs[0].flags = GPIO_V2_LINE_FLAG_INPUT;
	l2->attrs[1].id = GPIO_V2_LINE_ATTR_ID_DEBOUNCE; l2->attrs[1].debounce_period_us = 10;
	l2->attrs[2].id = 9; l2->attrs[2].values = 7; l2->padding[1] = 1;
	PROBE_STRUCT("v2-lineinfo", -1, GPIO_V2_GET_LINEINFO_IOCTL, l2);
	struct gpio_v2_line_request *lr = tail_alloc(sizeof(*lr));
	memset(lr, 0, sizeof(*lr));
	lr->num_lines = 1; lr->offsets[0] = 4; strcpy(lr->consumer, "c");
	lr->config.flags = GPIO_V2_LINE_FLAG_OUTPUT; lr->config.num_attrs = 1;
	lr->config.attrs[0].attr.id = GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES;
	lr->config.attrs[0].attr.values = 1; lr->config.attrs[0].mask = 1;
	lr->event_buffer_size = 16; lr->fd = 5;
	PROBE_STRUCT("v2-line", -1, GPIO_V2_GET_LINE_IOCTL, lr);
	struct gpio_v2_line_values *lv = tail_alloc(sizeof(*lv));
	lv->bits = 1; lv->mask = 3;
	PROBE_STRUCT("v2-get-values", -1, GPIO_V2_LINE_GET_VALUES_IOCTL, lv);
	PROBE_STRUCT("v2-set-values", -1, GPIO_V2_LINE_SET_VALUES_IOCTL, lv);
	struct gpio_v2_line_config *cfg = tail_memdup(&lr->config, sizeof(lr->config));
	PROBE_STRUCT("v2-set-config", -1, GPIO_V2_LINE_SET_CONFIG_IOCTL, cfg);
	unsigned int *off = tail_alloc(4);
	*off = 7;
	PROBE_STRUCT("unwatch", -1, GPIO_GET_LINEINFO_UNWATCH_IOCTL, off);
	return 0;
}
