//go:build !unix

package ingest

import "time"

// cpuTime is not measured on this platform; benchmarks then report only
// wall-clock throughput.
func cpuTime() time.Duration { return 0 }
