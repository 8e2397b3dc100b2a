//go:build !unix

package actor

import "time"

// cpuTime is unknown off Unix; the benchmark then reports wall-clock rates
// only.
func cpuTime() time.Duration { return 0 }
