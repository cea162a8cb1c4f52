package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// set is a set of small integers, 0 to 255.
type set [4]uint64

func (s *set) add(i int)      { s[i/64] |= 1 << (i % 64) }
func (s *set) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }

// yearBase is subtracted from years to store them in a set.
const yearBase = 1970

// field describes one of the six cron fields.
type field struct {
	name     string
	min, max int
	names    []string // names of min, min+1, … (months and weekdays)
}

var (
	minuteField = field{name: "minutes", min: 0, max: 59}
	hourField   = field{name: "hours", min: 0, max: 23}
	domField    = field{name: "day-of-month", min: 1, max: 31}
	monthField  = field{name: "month", min: 1, max: 12, names: []string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}}
	dowField    = field{name: "day-of-week", min: 1, max: 7, names: []string{"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"}}
	yearField   = field{name: "year", min: 1970, max: 2199}
)

// domKind is the form of a day-of-month field.
type domKind uint8

const (
	domAny         domKind = iota // ?
	domSet                        // days, ranges, steps, *
	domLast                       // L
	domLastWeekday                // LW
	domNearWeekday                // nW
)

// dowKind is the form of a day-of-week field.
type dowKind uint8

const (
	dowAny  dowKind = iota // ?
	dowSet                 // weekdays, ranges, steps, *, L alone (Saturday)
	dowLast                // nL: the last weekday n of the month
	dowNth                 // n#k: the k-th weekday n of the month
)

// Cron is a cron(...) schedule.
type Cron struct {
	minutes, hours, months, years set
	dom                           domKind
	days                          set // domSet
	domDay                        int // domNearWeekday
	dow                           dowKind
	weekdays                      set // dowSet, 1 = Sunday
	dowDay, dowNth                int // dowLast, dowNth
	loc                           *time.Location
	expr                          string
}

// String returns the expression.
func (c *Cron) String() string { return c.expr }

// Location returns the time zone of the schedule's wall-clock times.
func (c *Cron) Location() *time.Location { return c.loc }

// cronParser parses the fields of one expression and builds its errors.
type cronParser struct {
	expr string
}

func (p *cronParser) errorf(f field, token, format string, args ...any) error {
	return &ParseError{Expr: p.expr, Field: f.name, Token: token, Msg: fmt.Sprintf(format, args...)}
}

func parseCron(expr, body string, loc *time.Location) (*Cron, error) {
	fs := strings.Fields(body)
	if len(fs) != 6 {
		return nil, &ParseError{Expr: expr, Msg: fmt.Sprintf("want 6 fields (minutes hours day-of-month month day-of-week year), have %d", len(fs))}
	}
	p := &cronParser{expr: expr}
	c := &Cron{loc: loc, expr: expr}
	var err error
	if c.minutes, err = p.parseSet(minuteField, fs[0]); err != nil {
		return nil, err
	}
	if c.hours, err = p.parseSet(hourField, fs[1]); err != nil {
		return nil, err
	}
	if err = p.parseDOM(c, fs[2]); err != nil {
		return nil, err
	}
	if c.months, err = p.parseSet(monthField, fs[3]); err != nil {
		return nil, err
	}
	if err = p.parseDOW(c, fs[4]); err != nil {
		return nil, err
	}
	if c.years, err = p.parseSet(yearField, fs[5]); err != nil {
		return nil, err
	}
	switch {
	case c.dom == domAny && c.dow == dowAny:
		return nil, &ParseError{Expr: expr, Field: "day-of-month and day-of-week", Msg: `only one of them can be "?"`}
	case c.dom != domAny && c.dow != dowAny:
		return nil, &ParseError{Expr: expr, Field: "day-of-month and day-of-week", Msg: `one of them must be "?"`}
	}
	return c, nil
}

// parseDOM parses the day-of-month field: ?, L, LW, nW or a set.
func (p *cronParser) parseDOM(c *Cron, s string) error {
	up := strings.ToUpper(s)
	switch {
	case up == "?":
		c.dom = domAny
		return nil
	case up == "L":
		c.dom = domLast
		return nil
	case up == "LW":
		c.dom = domLastWeekday
		return nil
	case strings.Contains(up, "W"):
		if !strings.HasSuffix(up, "W") || strings.ContainsAny(up[:len(up)-1], ",-/*LW") {
			return p.errorf(domField, s, "W takes a single day of the month, as in 15W")
		}
		n, err := p.value(domField, up[:len(up)-1], s)
		if err != nil {
			return err
		}
		c.dom, c.domDay = domNearWeekday, n
		return nil
	case strings.Contains(up, "L"):
		return p.errorf(domField, s, "L stands alone (or as LW) in day-of-month")
	}
	days, err := p.parseSet(domField, s)
	if err != nil {
		return err
	}
	c.dom, c.days = domSet, days
	return nil
}

// parseDOW parses the day-of-week field: ?, L, nL, n#k or a set.
func (p *cronParser) parseDOW(c *Cron, s string) error {
	up := strings.ToUpper(s)
	switch {
	case up == "?":
		c.dow = dowAny
		return nil
	case up == "L":
		c.dow = dowSet
		c.weekdays.add(7)
		return nil
	case strings.Contains(up, "#"):
		if strings.Contains(up, ",") {
			return p.errorf(dowField, s, "# allows a single expression in the field, not a list")
		}
		day, nth, _ := strings.Cut(up, "#")
		d, err := p.value(dowField, day, s)
		if err != nil {
			return err
		}
		k, err := strconv.Atoi(nth)
		if err != nil || k < 1 || k > 5 {
			return p.errorf(dowField, s, "the number after # must be 1 to 5")
		}
		c.dow, c.dowDay, c.dowNth = dowNth, d, k
		return nil
	case strings.HasSuffix(up, "L"):
		if strings.ContainsAny(up, ",-/*") {
			return p.errorf(dowField, s, "L takes a single weekday, as in 6L")
		}
		d, err := p.value(dowField, up[:len(up)-1], s)
		if err != nil {
			return err
		}
		c.dow, c.dowDay = dowLast, d
		return nil
	}
	days, err := p.parseSet(dowField, s)
	if err != nil {
		return err
	}
	c.dow, c.weekdays = dowSet, days
	return nil
}

// parseSet parses a list of values, ranges and steps of field f.
func (p *cronParser) parseSet(f field, s string) (set, error) {
	var out set
	if s == "" {
		return out, p.errorf(f, s, "empty field")
	}
	if s == "?" {
		return out, p.errorf(f, s, `"?" is only allowed in day-of-month and day-of-week`)
	}
	for _, part := range strings.Split(s, ",") {
		if err := p.parsePart(f, part, &out); err != nil {
			return out, err
		}
	}
	return out, nil
}

// parsePart parses one element of a list: *, a, a-b, with an optional /step.
func (p *cronParser) parsePart(f field, part string, out *set) error {
	if part == "" {
		return p.errorf(f, part, "empty value in list")
	}
	rng, stepText, hasStep := strings.Cut(part, "/")
	step := 1
	if hasStep {
		n, err := strconv.Atoi(stepText)
		if err != nil || n < 1 {
			return p.errorf(f, part, "the step after / must be a positive integer")
		}
		if n > f.max-f.min {
			return p.errorf(f, part, "step %d exceeds the range of the field (%d-%d)", n, f.min, f.max)
		}
		step = n
	}
	var lo, hi int
	switch {
	case rng == "*":
		lo, hi = f.min, f.max
	case strings.Contains(rng, "-"):
		a, b, _ := strings.Cut(rng, "-")
		var err error
		if lo, err = p.value(f, a, part); err != nil {
			return err
		}
		if hi, err = p.value(f, b, part); err != nil {
			return err
		}
		if hi < lo && f.name == yearField.name {
			return p.errorf(f, part, "the range ends before it starts")
		}
	default:
		v, err := p.value(f, rng, part)
		if err != nil {
			return err
		}
		lo, hi = v, v
		if hasStep {
			hi = f.max // a/n: from a to the end of the field, every n
		}
	}
	// A range whose end is before its start wraps around the field, as
	// FRI-MON or 22-2.
	width := f.max - f.min + 1
	n := hi - lo
	if n < 0 {
		n += width
	}
	for i := 0; i <= n; i += step {
		v := lo + i
		if v > f.max {
			v -= width
		}
		out.add(v - f.offset())
	}
	return nil
}

// offset is what values of f are shifted by in their set.
func (f field) offset() int {
	if f.name == yearField.name {
		return yearBase
	}
	return 0
}

// value parses a number or a name of field f. part is the token reported.
func (p *cronParser) value(f field, s, part string) (int, error) {
	if s == "" {
		return 0, p.errorf(f, part, "missing value")
	}
	if n, err := strconv.Atoi(s); err == nil && s[0] != '+' && s[0] != '-' {
		if n < f.min || n > f.max {
			return 0, p.errorf(f, part, "%d is out of range %d-%d", n, f.min, f.max)
		}
		return n, nil
	}
	up := strings.ToUpper(s)
	for i, name := range f.names {
		if up == name {
			return f.min + i, nil
		}
	}
	if f.names != nil {
		return 0, p.errorf(f, part, "want %d-%d or %s-%s", f.min, f.max, f.names[0], f.names[len(f.names)-1])
	}
	if strings.ContainsAny(up, "LW#?") {
		return 0, p.errorf(f, part, "wildcard %s is not allowed in the %s field", strings.Trim(up, "0123456789"), f.name)
	}
	return 0, p.errorf(f, part, "want a number %d-%d", f.min, f.max)
}

// Next returns the first run strictly after t, or the zero time when there
// is none before the end of 2199. The result is in the schedule's location.
func (c *Cron) Next(t time.Time) time.Time {
	start := t.Truncate(time.Minute).Add(time.Minute).In(c.loc)
	y0, m0, d0 := start.Date()
	h0, mi0 := start.Hour(), start.Minute()
	for y := max(y0, yearField.min); y <= yearField.max; y++ {
		if !c.years.has(y - yearBase) {
			continue
		}
		for m := time.January; m <= time.December; m++ {
			if (y == y0 && m < m0) || !c.months.has(int(m)) {
				continue
			}
			days := c.daysOf(y, m)
			for d := 1; d <= 31; d++ {
				if (y == y0 && m == m0 && d < d0) || !days.has(d) {
					continue
				}
				sameDay := y == y0 && m == m0 && d == d0
				if r := c.runOn(y, m, d, sameDay, h0, mi0, t); !r.IsZero() {
					return r
				}
			}
		}
	}
	return time.Time{}
}

// runOn returns the first run on day y-m-d after t, skipping the hours and
// minutes before h0:mi0 when sameDay, or the zero time.
func (c *Cron) runOn(y int, m time.Month, d int, sameDay bool, h0, mi0 int, t time.Time) time.Time {
	for h := 0; h < 24; h++ {
		if (sameDay && h < h0) || !c.hours.has(h) {
			continue
		}
		for mi := 0; mi < 60; mi++ {
			if (sameDay && h == h0 && mi < mi0) || !c.minutes.has(mi) {
				continue
			}
			r := time.Date(y, m, d, h, mi, 0, 0, c.loc)
			if r.Hour() != h || r.Minute() != mi {
				continue // skipped by a daylight-saving change
			}
			if r.After(t) {
				return r
			}
		}
	}
	return time.Time{}
}

// daysOf returns the days of month m of year y on which the schedule runs.
func (c *Cron) daysOf(y int, m time.Month) set {
	var out set
	last := daysIn(y, m)
	weekday := func(d int) int { return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Weekday()) + 1 }
	switch c.dom {
	case domSet:
		out = c.days
		for d := last + 1; d <= 31; d++ {
			out[0] &^= 1 << d
		}
		return out
	case domLast:
		out.add(last)
		return out
	case domLastWeekday:
		out.add(nearestWeekday(last, last, weekday(last)))
		return out
	case domNearWeekday:
		if c.domDay <= last {
			out.add(nearestWeekday(c.domDay, last, weekday(c.domDay)))
		}
		return out
	}
	switch c.dow {
	case dowSet:
		for d := 1; d <= last; d++ {
			if c.weekdays.has(weekday(d)) {
				out.add(d)
			}
		}
	case dowLast:
		d := last - (weekday(last)-c.dowDay+7)%7
		out.add(d)
	case dowNth:
		d := 1 + (c.dowDay-weekday(1)+7)%7 + 7*(c.dowNth-1)
		if d <= last {
			out.add(d)
		}
	}
	return out
}

// nearestWeekday returns the weekday (Monday to Friday) nearest to day d of
// a month of last days, staying within the month; wd is d's weekday, 1 for
// Sunday.
func nearestWeekday(d, last, wd int) int {
	switch wd {
	case 7: // Saturday: Friday, or Monday when the 1st is a Saturday
		if d == 1 {
			return d + 2
		}
		return d - 1
	case 1: // Sunday: Monday, or Friday when the last day is a Sunday
		if d == last {
			return d - 2
		}
		return d + 1
	}
	return d
}

// daysIn returns the number of days of month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
