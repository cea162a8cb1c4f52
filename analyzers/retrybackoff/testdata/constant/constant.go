// Package constant holds retries that wait the same time on every attempt,
// and retries whose wait grows.
package constant

import (
	"math"
	"math/rand/v2"
	"time"
)

type queue interface {
	Send(body string) error
}

const retryDelay = 500 * time.Millisecond

// send waits a constant half second.
func send(q queue, body string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = q.Send(body); err == nil {
			return nil
		}
		time.Sleep(retryDelay) // want `retry of q.Send waits a constant 500ms between attempts; back off exponentially with a cap`
	}
	return err
}

// sendEvery waits a constant taken from a variable set before the loop.
func sendEvery(q queue, body string, every time.Duration) error {
	err := q.Send(body)
	for tries := 1; err != nil && tries < 4; tries++ {
		<-time.After(every) // want `retry of q.Send waits a constant every between attempts`
		err = q.Send(body)
	}
	return err
}

// sendDoubling doubles the wait, up to a cap.
func sendDoubling(q queue, body string) error {
	delay := 100 * time.Millisecond
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		if err = q.Send(body); err == nil {
			return nil
		}
		time.Sleep(delay)
		delay = min(delay*2, 2*time.Second)
	}
	return err
}

// sendShifted grows the wait with the attempt number.
func sendShifted(q queue, body string) error {
	var err error
	for attempt := range 4 {
		if err = q.Send(body); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<attempt) * 100 * time.Millisecond)
	}
	return err
}

// sendPow grows the wait with math.Pow and adds jitter.
func sendPow(q queue, body string) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = q.Send(body); err == nil {
			return nil
		}
		d := time.Duration(math.Pow(2, float64(attempt))) * 100 * time.Millisecond
		time.Sleep(d/2 + rand.N(d/2))
	}
	return err
}
