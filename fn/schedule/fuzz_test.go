package schedule

import (
	"errors"
	"testing"
	"time"
)

// fuzzZones are the time zones FuzzParse reads expressions in: UTC, zones
// with daylight-saving time, a half-hour change (Lord Howe) and an offset
// that is not a whole hour (Chatham).
var fuzzZones = []string{"UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata"}

// nextTimeout bounds one call of Next: Cron.Next stops at the end of 2199,
// so even a schedule that never runs answers in well under a second.
const nextTimeout = 10 * time.Second

// FuzzParse checks that Parse never panics, that its errors are
// *ParseError values naming the expression, and that the next runs of a
// parsed schedule come after the time given, belong to the schedule, and
// are computed in bounded time. The seed corpus, testdata/fuzz/FuzzParse,
// holds the expressions of the package's tests.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, expr string, unix int64, zone uint8) {
		loc, err := time.LoadLocation(fuzzZones[int(zone)%len(fuzzZones)])
		if err != nil {
			t.Fatal(err)
		}
		s, err := ParseInLocation(expr, loc)
		if err != nil {
			var perr *ParseError
			if !errors.As(err, &perr) || perr.Expr != expr || err.Error() == "" {
				t.Fatalf("ParseInLocation(%q) error %T %v: want a *ParseError of the expression", expr, err, err)
			}
			return
		}
		if s.String() != expr {
			t.Fatalf("ParseInLocation(%q).String() = %q", expr, s.String())
		}
		// From 1960 to 2260: before, within and after the years a cron
		// expression can name.
		const from, span = -315619200, 300 * 365 * 24 * 3600
		if unix < from || unix >= from+span {
			unix = from + (unix%span+span)%span
		}
		after := time.Unix(unix, 0)
		r := boundedNext(t, s, after)
		if !r.IsZero() && !r.After(after) {
			t.Fatalf("%s: Next(%v) = %v, not after it", expr, after, r)
		}
		switch s := s.(type) {
		case *Rate:
			if s.Every <= 0 || !r.Equal(after.Add(s.Every)) {
				t.Fatalf("%s: Next(%v) = %v with an interval of %v", expr, after, r, s.Every)
			}
		case *At:
			if !r.IsZero() && !r.Equal(s.Time) {
				t.Fatalf("%s: Next(%v) = %v, not the time of the schedule", expr, after, r)
			}
		case *Cron:
			checkCronRun(t, s, after, r)
		}
	})
}

// checkCronRun checks that r, the first run of c after t, is a run of c,
// that no run comes between t and r, and that the run after r is later.
func checkCronRun(t *testing.T, c *Cron, after, r time.Time) {
	t.Helper()
	if r.IsZero() {
		return
	}
	w := r.In(c.loc)
	y, m, d := w.Date()
	days := c.daysOf(y, m)
	switch {
	case w.Second() != 0 || w.Nanosecond() != 0:
		t.Fatalf("%s: run %v is not on a minute", c, r)
	case !c.years.has(y-yearBase) || !c.months.has(int(m)) || !days.has(d) ||
		!c.hours.has(w.Hour()) || !c.minutes.has(w.Minute()):
		t.Fatalf("%s: run %v does not match the expression", c, w)
	}
	if again := boundedNext(t, c, r.Add(-time.Nanosecond)); !again.Equal(r) {
		t.Fatalf("%s: Next(%v) = %v but Next(%v) = %v", c, after, r, r.Add(-time.Nanosecond), again)
	}
	if later := boundedNext(t, c, r); !later.IsZero() && !later.After(r) {
		t.Fatalf("%s: Next(%v) = %v, not after it", c, r, later)
	}
}

// boundedNext calls s.Next(t) and fails the test if it does not return
// within nextTimeout.
func boundedNext(t *testing.T, s Schedule, after time.Time) time.Time {
	t.Helper()
	done := make(chan time.Time, 1)
	go func() { done <- s.Next(after) }()
	select {
	case r := <-done:
		return r
	case <-time.After(nextTimeout):
		t.Fatalf("%s: Next(%v) did not return in %v", s, after, nextTimeout)
		return time.Time{}
	}
}
