/* perf event ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/perf_event.h>

int main(void)
{
	probe_start();
	probe("enable", -1, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP | 0x10);
	probe("reset", -1, PERF_EVENT_IOC_RESET, 0xffffffff00000000UL);
	probe("refresh", -1, PERF_EVENT_IOC_REFRESH, 0xffffffff);
	uint64_t *u64 = tail_alloc(8);
	*u64 = 123;
	PROBE_STRUCT("period", -1, PERF_EVENT_IOC_PERIOD, u64);
	PROBE_STRUCT("id", -1, PERF_EVENT_IOC_ID, u64);
	probe("set-output", -1, PERF_EVENT_IOC_SET_OUTPUT, 0xffffffff);
	probe("set-bpf", -1, PERF_EVENT_IOC_SET_BPF, 1);
	probe("pause", -1, PERF_EVENT_IOC_PAUSE_OUTPUT, 0xffffffffffffffffUL);
	char *filter = tail_alloc(8);
	memcpy(filter, "cpu==1\0", 8);
	mem(filter, 8);
	probe("set-filter", -1, PERF_EVENT_IOC_SET_FILTER, (unsigned long) filter);
	mem(filter + 4, 4);
	probe("set-filter-unterminated", -1, PERF_EVENT_IOC_SET_FILTER,
	      (unsigned long) (filter + 4));
	struct perf_event_query_bpf *q = tail_alloc(sizeof(*q) + 12);
	q->ids_len = 3; q->prog_cnt = 2; q->ids[0] = 7; q->ids[1] = 8;
	mem(q, sizeof(*q) + 12);
	probe("query-bpf", -1, PERF_EVENT_IOC_QUERY_BPF, (unsigned long) q);
	probe("query-bpf-null", -1, PERF_EVENT_IOC_QUERY_BPF, 0);
	struct perf_event_attr *attr = tail_alloc(sizeof(*attr));
	memset(attr, 0, sizeof(*attr));
	attr->type = PERF_TYPE_SOFTWARE; attr->size = sizeof(*attr);
	attr->config = PERF_COUNT_SW_CPU_CLOCK; attr->disabled = 1;
	mem(attr, sizeof(*attr));
	probe("modify", -1, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, (unsigned long) attr);
	attr->size = 8;
	mem(attr, sizeof(*attr));
	probe("modify-small", -1, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, (unsigned long) attr);
	return 0;
}
