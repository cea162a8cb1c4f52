package logrus

import (
	"bytes"
)

// BufferPool is a pool of the buffers entries are formatted into.
type BufferPool interface {
	Put(*bytes.Buffer)
	Get() *bytes.Buffer
}
