//go:build !unix

package bench

import "time"

// cpuTime is not measured on this platform: the cpu metrics read zero.
func cpuTime() time.Duration { return 0 }
