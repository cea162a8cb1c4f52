package cli

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// sink keeps the allocation of TestWithinLoadPeak from being optimised
// away.
var sink []byte

// TestWithinLoadPeak checks that after a peak (as loading makes) with
// little left live, the analysis runs with the memory limit at the peak
// and GOGC off, and that restore puts back what was there.
func TestWithinLoadPeak(t *testing.T) {
	sink = make([]byte, 256<<20)
	for i := 0; i < len(sink); i += 4096 {
		sink[i] = 1 // touch every page
	}
	sink = nil
	oldLimit, oldPercent := debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
	debug.SetGCPercent(oldPercent)

	restore := withinLoadPeak()
	limit := debug.SetMemoryLimit(-1)
	percent := debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	restore()

	assert.GreaterOrEqual(t, limit, int64(256<<20), "the limit is the peak")
	assert.Less(t, limit, int64(math.MaxInt64))
	assert.Equal(t, -1, percent, "GOGC off below the limit")
	assert.Equal(t, oldLimit, debug.SetMemoryLimit(-1))
	assert.Equal(t, oldPercent, debug.SetGCPercent(oldPercent))
	runtime.GC()
}

// TestWithinLoadPeakKeepsALowerLimit leaves a lower GOMEMLIMIT alone.
func TestWithinLoadPeakKeepsALowerLimit(t *testing.T) {
	old := debug.SetMemoryLimit(1 << 20)
	defer debug.SetMemoryLimit(old)
	restore := withinLoadPeak()
	assert.Equal(t, int64(1<<20), debug.SetMemoryLimit(-1))
	restore()
	assert.Equal(t, int64(1<<20), debug.SetMemoryLimit(-1))
}
