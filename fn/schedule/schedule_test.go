package schedule

import (
	"testing"
	"time"
	_ "time/tzdata" // time zone tests must not depend on the host's zoneinfo

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// after is a Friday, 2024-03-15 11:07:30 UTC.
var after = time.Date(2024, 3, 15, 11, 7, 30, 0, time.UTC)

func utc(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCronNext(t *testing.T) {
	tests := []struct {
		name  string
		expr  string
		after time.Time
		want  []string
	}{
		// The examples of the EventBridge and Lambda documentation.
		{"10:00 every day", "cron(0 10 * * ? *)", after, []string{"2024-03-16 10:00", "2024-03-17 10:00", "2024-03-18 10:00"}},
		{"12:15 every day", "cron(15 12 * * ? *)", after, []string{"2024-03-15 12:15", "2024-03-16 12:15"}},
		{"10:15 every day", "cron(15 10 * * ? *)", after, []string{"2024-03-16 10:15"}},
		{"18:00 Monday to Friday", "cron(0 18 ? * MON-FRI *)", after, []string{"2024-03-15 18:00", "2024-03-18 18:00", "2024-03-19 18:00"}},
		{"8:00 on the first of the month", "cron(0 8 1 * ? *)", after, []string{"2024-04-01 08:00", "2024-05-01 08:00", "2024-06-01 08:00"}},
		{"every 15 minutes", "cron(0/15 * * * ? *)", after, []string{"2024-03-15 11:15", "2024-03-15 11:30", "2024-03-15 11:45", "2024-03-15 12:00"}},
		{"every 10 minutes on weekdays", "cron(0/10 * ? * MON-FRI *)", utc("2024-03-15 23:55"), []string{"2024-03-18 00:00", "2024-03-18 00:10"}},
		{"every 5 minutes 8:00-17:55 weekdays", "cron(0/5 8-17 ? * MON-FRI *)", utc("2024-03-15 17:50"), []string{"2024-03-15 17:55", "2024-03-18 08:00", "2024-03-18 08:05"}},
		{"9:00 on the first Monday", "cron(0 9 ? * 2#1 *)", after, []string{"2024-04-01 09:00", "2024-05-06 09:00", "2024-06-03 09:00"}},
		{"every tenth minute from 1", "cron(1/10 * * * ? *)", after, []string{"2024-03-15 11:11", "2024-03-15 11:21"}},
		// Wildcards.
		{"last day of the month", "cron(0 0 L * ? *)", utc("2024-02-10 00:00"), []string{"2024-02-29 00:00", "2024-03-31 00:00", "2024-04-30 00:00"}},
		{"last weekday of the month", "cron(0 0 LW * ? *)", utc("2024-03-01 00:00"), []string{"2024-03-29 00:00", "2024-04-30 00:00", "2024-05-31 00:00", "2024-06-28 00:00", "2024-07-31 00:00", "2024-08-30 00:00"}},
		{"weekday nearest the 15th", "cron(0 0 15W * ? *)", utc("2024-05-20 00:00"), []string{"2024-06-14 00:00", "2024-07-15 00:00", "2024-08-15 00:00", "2024-09-16 00:00"}},
		{"weekday nearest the 1st stays in the month", "cron(0 0 1W * ? *)", utc("2024-05-20 00:00"), []string{"2024-06-03 00:00", "2024-07-01 00:00", "2024-08-01 00:00", "2024-09-02 00:00"}},
		{"weekday nearest the 31st", "cron(0 0 31W * ? *)", utc("2024-03-01 00:00"), []string{"2024-03-29 00:00", "2024-05-31 00:00", "2024-07-31 00:00", "2024-08-30 00:00"}},
		{"last Friday", "cron(0 0 ? * 6L *)", utc("2024-02-01 00:00"), []string{"2024-02-23 00:00", "2024-03-29 00:00", "2024-04-26 00:00"}},
		{"L alone is Saturday", "cron(0 0 ? * L *)", after, []string{"2024-03-16 00:00", "2024-03-23 00:00"}},
		{"fifth Monday", "cron(0 0 ? * 2#5 *)", utc("2024-01-01 00:00"), []string{"2024-01-29 00:00", "2024-04-29 00:00", "2024-07-29 00:00", "2024-09-30 00:00", "2024-12-30 00:00"}},
		{"wrapping hour range", "cron(0 22-2 * * ? *)", after, []string{"2024-03-15 22:00", "2024-03-15 23:00", "2024-03-16 00:00", "2024-03-16 01:00", "2024-03-16 02:00", "2024-03-16 22:00"}},
		{"wrapping weekday range", "cron(0 12 ? * FRI-MON *)", after, []string{"2024-03-15 12:00", "2024-03-16 12:00", "2024-03-17 12:00", "2024-03-18 12:00", "2024-03-22 12:00"}},
		{"weekday step: Monday, Wednesday, Friday", "cron(0 12 ? * 2/2 *)", after, []string{"2024-03-15 12:00", "2024-03-18 12:00", "2024-03-20 12:00", "2024-03-22 12:00", "2024-03-25 12:00"}},
		{"month names and lists, lower case", "cron(30 6 1 jan,jul ? *)", after, []string{"2024-07-01 06:30", "2025-01-01 06:30"}},
		{"range with step", "cron(0 0 1-10/3 * ? *)", after, []string{"2024-04-01 00:00", "2024-04-04 00:00", "2024-04-07 00:00", "2024-04-10 00:00", "2024-05-01 00:00"}},
		{"one year", "cron(0 0 1 1 ? 2025)", after, []string{"2025-01-01 00:00"}},
		{"year range", "cron(0 0 29 2 ? 2025-2030)", after, []string{"2028-02-29 00:00"}},
		{"past year never runs", "cron(0 0 1 1 ? 2023)", after, nil},
		{"February 30 never runs", "cron(0 0 30 2 ? *)", after, nil},
		{"strictly after a run", "cron(0 10 * * ? *)", utc("2024-03-16 10:00"), []string{"2024-03-17 10:00"}},
		{"before 1970", "cron(0 0 1 1 ? *)", utc("1969-06-01 00:00"), []string{"1970-01-01 00:00", "1971-01-01 00:00"}},
		{"end of 2199", "cron(0 0 1 * ? *)", utc("2199-11-15 00:00"), []string{"2199-12-01 00:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse(tt.expr)
			require.NoError(t, err)
			assert.Equal(t, tt.expr, s.String())
			got := NextN(s, tt.after, len(tt.want)+1)
			var want []time.Time
			for _, w := range tt.want {
				want = append(want, utc(w))
			}
			if len(got) > len(want) {
				got = got[:len(want)]
			}
			if len(want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, want, got)
		})
	}
}

// TestCronNextBruteForce checks Next against a scan of every minute.
func TestCronNextBruteForce(t *testing.T) {
	exprs := []string{
		"cron(*/7 */5 * * ? *)",
		"cron(0,30 9-17 ? * MON-FRI *)",
		"cron(15 3 LW * ? *)",
		"cron(5 4 ? * 1#3 *)",
		"cron(0 */6 10W 1-12/2 ? *)",
		"cron(59 23 L * ? *)",
		"cron(0 12 ? * 7L 2024-2025)",
	}
	start := utc("2024-01-28 00:00")
	end := start.AddDate(0, 4, 0)
	for _, expr := range exprs {
		t.Run(expr, func(t *testing.T) {
			s, err := Parse(expr)
			require.NoError(t, err)
			c := s.(*Cron)
			var want []time.Time
			for m := start.Add(time.Minute); m.Before(end); m = m.Add(time.Minute) {
				if c.matches(m) {
					want = append(want, m)
				}
			}
			require.NotEmpty(t, want)
			var got []time.Time
			for r := c.Next(start); r.Before(end); r = c.Next(r) {
				got = append(got, r)
			}
			assert.Equal(t, want, got)
		})
	}
}

// matches tells whether the minute of t is a run, field by field.
func (c *Cron) matches(t time.Time) bool {
	t = t.In(c.loc)
	days := c.daysOf(t.Year(), t.Month())
	return c.minutes.has(t.Minute()) && c.hours.has(t.Hour()) && days.has(t.Day()) &&
		c.months.has(int(t.Month())) && c.years.has(t.Year()-yearBase)
}

func TestCronTimeZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	s, err := ParseInLocation("cron(30 2 * * ? *)", ny)
	require.NoError(t, err)
	// 2:30 does not exist on 2024-03-10 in New York: that day is skipped.
	got := NextN(s, time.Date(2024, 3, 9, 12, 0, 0, 0, ny), 3)
	assert.Equal(t, []time.Time{
		time.Date(2024, 3, 11, 2, 30, 0, 0, ny),
		time.Date(2024, 3, 12, 2, 30, 0, 0, ny),
		time.Date(2024, 3, 13, 2, 30, 0, 0, ny),
	}, got)
	assert.Equal(t, "2024-03-11T06:30:00Z", got[0].UTC().Format(time.RFC3339))
	assert.Equal(t, ny, s.(*Cron).Location())
}

func TestRate(t *testing.T) {
	tests := []struct {
		expr string
		want time.Duration
	}{
		{"rate(5 minutes)", 5 * time.Minute},
		{"rate(1 minute)", time.Minute},
		{"rate(1 hour)", time.Hour},
		{"rate(12 hours)", 12 * time.Hour},
		{"rate(1 day)", 24 * time.Hour},
		{"rate(7 days)", 7 * 24 * time.Hour},
	}
	for _, tt := range tests {
		s, err := Parse(tt.expr)
		require.NoError(t, err, tt.expr)
		assert.Equal(t, tt.want, s.(*Rate).Every, tt.expr)
		assert.Equal(t, after.Add(tt.want), s.Next(after), tt.expr)
		assert.Equal(t, tt.expr, s.String())
	}
}

func TestAt(t *testing.T) {
	s, err := Parse("at(2024-06-01T10:00:00)")
	require.NoError(t, err)
	run := utc("2024-06-01 10:00")
	assert.Equal(t, run, s.Next(after))
	assert.True(t, s.Next(run).IsZero())
	assert.Equal(t, []time.Time{run}, NextN(s, after, 3))
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		expr  string
		field string
		token string
		msg   string
	}{
		{"cron(0 12 * * * *)", "day-of-month and day-of-week", "", `one of them must be "?"`},
		{"cron(0 12 1 * MON *)", "day-of-month and day-of-week", "", `one of them must be "?"`},
		{"cron(0 12 ? * ? *)", "day-of-month and day-of-week", "", `only one of them can be "?"`},
		{"cron(0 12 * * ?)", "", "", "want 6 fields (minutes hours day-of-month month day-of-week year), have 5"},
		{"cron(0 12 * * ? * *)", "", "", "want 6 fields (minutes hours day-of-month month day-of-week year), have 7"},
		{"cron(60 12 * * ? *)", "minutes", "60", "60 is out of range 0-59"},
		{"cron(0 24 * * ? *)", "hours", "24", "24 is out of range 0-23"},
		{"cron(0 12 0 * ? *)", "day-of-month", "0", "0 is out of range 1-31"},
		{"cron(0 12 32 * ? *)", "day-of-month", "32", "32 is out of range 1-31"},
		{"cron(0 12 * 13 ? *)", "month", "13", "13 is out of range 1-12"},
		{"cron(0 12 * JANUARY ? *)", "month", "JANUARY", "want 1-12 or JAN-DEC"},
		{"cron(0 12 ? * 8 *)", "day-of-week", "8", "8 is out of range 1-7"},
		{"cron(0 12 ? * 0 *)", "day-of-week", "0", "0 is out of range 1-7"},
		{"cron(0 12 ? * MON-FRY *)", "day-of-week", "MON-FRY", "want 1-7 or SUN-SAT"},
		{"cron(0 12 ? * 3#1,6#3 *)", "day-of-week", "3#1,6#3", "# allows a single expression in the field, not a list"},
		{"cron(0 12 ? * 3#6 *)", "day-of-week", "3#6", "the number after # must be 1 to 5"},
		{"cron(0 12 ? * 9#1 *)", "day-of-week", "9#1", "9 is out of range 1-7"},
		{"cron(0 12 ? * 1-5L *)", "day-of-week", "1-5L", "L takes a single weekday, as in 6L"},
		{"cron(0 12 * * ? 1969)", "year", "1969", "1969 is out of range 1970-2199"},
		{"cron(0 12 * * ? 2200)", "year", "2200", "2200 is out of range 1970-2199"},
		{"cron(0 12 * * ? 2030-2025)", "year", "2030-2025", "the range ends before it starts"},
		{"cron(L 12 * * ? *)", "minutes", "L", "wildcard L is not allowed in the minutes field"},
		{"cron(0 ? * * ? *)", "hours", "?", `"?" is only allowed in day-of-month and day-of-week`},
		{"cron(0 12 * ? * *)", "month", "?", `"?" is only allowed in day-of-month and day-of-week`},
		{"cron(0/0 12 * * ? *)", "minutes", "0/0", "the step after / must be a positive integer"},
		{"cron(*/60 12 * * ? *)", "minutes", "*/60", "step 60 exceeds the range of the field (0-59)"},
		{"cron(0/x 12 * * ? *)", "minutes", "0/x", "the step after / must be a positive integer"},
		{"cron(1,,2 12 * * ? *)", "minutes", "", "empty value in list"},
		{"cron(-5 12 * * ? *)", "minutes", "-5", "missing value"},
		{"cron(0 12 L-2 * ? *)", "day-of-month", "L-2", "L stands alone (or as LW) in day-of-month"},
		{"cron(0 12 1-5W * ? *)", "day-of-month", "1-5W", "W takes a single day of the month, as in 15W"},
		{"cron(0 12 15W,20 * ? *)", "day-of-month", "15W,20", "W takes a single day of the month, as in 15W"},
		{"cron(0 12 32W * ? *)", "day-of-month", "32W", "32 is out of range 1-31"},
		{"cron(0 12 * * ? #)", "year", "#", "wildcard # is not allowed in the year field"},
		{"cron 0 12 * * ? *", "", "", "want cron(...), rate(...) or at(...)"},
		{"cron(0 12 * * ? *", "", "", "want cron(...), rate(...) or at(...)"},
		{"CRON(0 12 * * ? *)", "", "", "want cron(...), rate(...) or at(...)"},
		{"", "", "", "want cron(...), rate(...) or at(...)"},
		{"rate(1 minutes)", "rate unit", "minutes", "a value of 1 takes a singular unit, as in rate(1 minute)"},
		{"rate(5 minute)", "rate unit", "minute", "a value above 1 takes a plural unit, as in rate(5 minutes)"},
		{"rate(0 minutes)", "rate value", "0", "want a positive integer"},
		{"rate(-1 minute)", "rate value", "-1", "want a positive integer"},
		{"rate(+5 minutes)", "rate value", "+5", "want a positive integer"},
		{"rate(5 weeks)", "rate unit", "weeks", "want minute(s), hour(s) or day(s)"},
		{"rate(5  minutes)", "", "", "want rate(value unit) with one space, as in rate(5 minutes)"},
		{"rate(5)", "", "", "want rate(value unit) with one space, as in rate(5 minutes)"},
		{"rate(99999999999 days)", "rate value", "99999999999", "too large"},
		{"at(2024-13-01T00:00:00)", "at", "2024-13-01T00:00:00", "want a date and time as yyyy-mm-ddThh:mm:ss"},
		{"at(2024-06-01 10:00:00)", "at", "2024-06-01 10:00:00", "want a date and time as yyyy-mm-ddThh:mm:ss"},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			_, err := Parse(tt.expr)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.expr, pe.Expr)
			assert.Equal(t, tt.field, pe.Field)
			assert.Equal(t, tt.token, pe.Token)
			assert.Equal(t, tt.msg, pe.Msg)
		})
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := Parse("cron(0 12 ? * 8 *)")
	assert.EqualError(t, err, `invalid schedule expression "cron(0 12 ? * 8 *)": day-of-week: "8": 8 is out of range 1-7`)
	_, err = Parse("cron(0 12 * * * *)")
	assert.EqualError(t, err, `invalid schedule expression "cron(0 12 * * * *)": day-of-month and day-of-week: one of them must be "?"`)
}

func TestMustParse(t *testing.T) {
	assert.NotPanics(t, func() { MustParse("rate(1 day)") })
	assert.Panics(t, func() { MustParse("rate(1 days)") })
}
