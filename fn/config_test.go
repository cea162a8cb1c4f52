package fn_test

import (
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
)

func env(vars map[string]string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	}
}

type dbConfig struct {
	URL      string `env:"DATABASE_URL,required"`
	MaxConns int32  `env:"DB_MAX_CONNS" default:"4"`
}

type appConfig struct {
	DB       dbConfig
	Secret   string        `env:"JWT_SECRET,required"`
	Issuer   string        `env:"JWT_ISSUER"`
	Timeout  time.Duration `env:"TIMEOUT" default:"5s"`
	Debug    bool          `env:"DEBUG"`
	Ratio    float64       `env:"RATIO" default:"0.5"`
	Port     uint16        `env:"PORT" default:"8080"`
	Origins  []string      `env:"ORIGINS"`
	LogLevel slog.Level    `env:"LOG_LEVEL" default:"INFO"`
}

func TestLoadEnv(t *testing.T) {
	var cfg appConfig
	err := fn.LoadEnvFrom(env(map[string]string{
		"DATABASE_URL": "postgres://db/app",
		"JWT_SECRET":   "s3cr3t",
		"TIMEOUT":      "1m30s",
		"DEBUG":        "true",
		"ORIGINS":      " https://a.example , https://b.example,, ",
		"LOG_LEVEL":    "warn",
	}), &cfg)
	require.NoError(t, err)
	assert.Equal(t, appConfig{
		DB:       dbConfig{URL: "postgres://db/app", MaxConns: 4},
		Secret:   "s3cr3t",
		Timeout:  90 * time.Second,
		Debug:    true,
		Ratio:    0.5,
		Port:     8080,
		Origins:  []string{"https://a.example", "https://b.example"},
		LogLevel: slog.LevelWarn,
	}, cfg)
}

func TestLoadEnvReportsEverything(t *testing.T) {
	var cfg appConfig
	err := fn.LoadEnvFrom(env(map[string]string{
		"JWT_SECRET": "",
		"TIMEOUT":    "soon",
		"PORT":       "-1",
		"DEBUG":      "yes please",
		"LOG_LEVEL":  "loud",
		"RATIO":      "half",
	}), &cfg)
	var eerr *fn.EnvError
	require.ErrorAs(t, err, &eerr)
	assert.Equal(t, []string{"DATABASE_URL", "JWT_SECRET"}, eerr.Missing, "an empty variable counts as missing")
	assert.Equal(t, []string{
		"TIMEOUT: want a duration such as 5s or 1m30s",
		"DEBUG: want true or false",
		"RATIO: want a number",
		"PORT: want a non-negative integer",
		"LOG_LEVEL: want a valid slog.Level",
	}, eerr.Invalid)
	assert.Equal(t, "missing required environment variables: DATABASE_URL, JWT_SECRET; "+
		"invalid environment variables: TIMEOUT: want a duration such as 5s or 1m30s; DEBUG: want true or false; "+
		"RATIO: want a number; PORT: want a non-negative integer; LOG_LEVEL: want a valid slog.Level", err.Error())
	assert.NotContains(t, err.Error(), "soon", "values are never echoed")
}

func TestLoadEnvProgrammingErrors(t *testing.T) {
	var s string
	assert.ErrorContains(t, fn.LoadEnvFrom(env(nil), &s), "want a pointer to a struct")
	assert.ErrorContains(t, fn.LoadEnvFrom(env(nil), appConfig{}), "want a pointer to a struct")

	var badTag struct {
		A string `env:"A,optional"`
	}
	assert.ErrorContains(t, fn.LoadEnvFrom(env(nil), &badTag), `field A: bad env tag "A,optional"`)

	var badType struct {
		A []int `env:"A"`
	}
	assert.ErrorContains(t, fn.LoadEnvFrom(env(map[string]string{"A": "1"}), &badType), "field A: unsupported type []int")

	var unexported struct {
		a string `env:"A"`
	}
	assert.ErrorContains(t, fn.LoadEnvFrom(env(nil), &unexported), "unexported field")
	_ = unexported.a
}

func TestLoadEnvFromProcess(t *testing.T) {
	t.Setenv("FN_TEST_NAME", "from-env")
	var cfg struct {
		Name string `env:"FN_TEST_NAME,required"`
	}
	require.NoError(t, fn.LoadEnv(&cfg))
	assert.Equal(t, "from-env", cfg.Name)
}
