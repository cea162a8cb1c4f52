package notschedules

import "testing"

// Invalid expressions are test cases in tests.
var invalid = []string{"cron(0 3 * * *)", "rate(1 minutes)"}

func TestHourly(t *testing.T) {
	if Hourly(0) == "" || len(invalid) != 2 {
		t.Fatal("empty")
	}
}
