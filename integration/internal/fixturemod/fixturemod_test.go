package fixturemod

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/mod/modfile"
)

const realGoMod = `module github.com/fnlint/fnlint/integration

go 1.26.0

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/fnlint/fnlint v0.0.0
	github.com/jackc/pgx/v5 v5.12.0
	golang.org/x/text v0.41.0 // indirect
)

replace github.com/fnlint/fnlint => ../
`

func TestRewriteFixture(t *testing.T) {
	real, err := modfile.Parse("go.mod", []byte(realGoMod), nil)
	require.NoError(t, err)
	root := filepath.FromSlash("/repo")
	fixtureDir := filepath.Join(root, "analyzers", "sqlparam", "testdata")
	stubs := filepath.Join(root, "testdata", "stubs")

	t.Run("stubs become real modules", func(t *testing.T) {
		in := `module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/fnlint/fnlint v0.0.0
	golang.org/x/text v0.50.0
	example.com/helper v0.0.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/fnlint/fnlint => ../../../testdata/stubs/fn
	example.com/helper => ./helper
)
`
		rw, err := RewriteFixture([]byte(in), fixtureDir, stubs, root, real)
		require.NoError(t, err)
		assert.Equal(t, []string{"github.com/aws/aws-lambda-go", "github.com/fnlint/fnlint"}, rw.Replaced)
		out, err := modfile.Parse("go.mod", rw.GoMod, nil)
		require.NoError(t, err)
		assert.Equal(t, "example.com/fixtures", out.Module.Mod.Path)
		assert.Equal(t, "1.26.0", out.Go.Version, "raised to the real modules' go line")
		reqs := map[string]string{}
		for _, r := range out.Require {
			reqs[r.Mod.Path] = r.Mod.Version
		}
		assert.Equal(t, map[string]string{
			"github.com/aws/aws-lambda-go": "v1.55.1",
			"github.com/fnlint/fnlint":     "v0.0.0",
			"github.com/jackc/pgx/v5":      "v5.12.0",
			"golang.org/x/text":            "v0.50.0", // the fixture's, higher
			"example.com/helper":           "v0.0.0",
		}, reqs)
		reps := map[string]string{}
		for _, r := range out.Replace {
			reps[r.Old.Path] = r.New.Path
		}
		assert.Equal(t, map[string]string{"github.com/fnlint/fnlint": root, "example.com/helper": "./helper"}, reps)
	})

	t.Run("real fn added when the fixture does not use it", func(t *testing.T) {
		in := "module example.com/fixtures\n\ngo 1.26\n\nrequire github.com/jackc/pgx/v5 v5.12.0\n\nreplace github.com/jackc/pgx/v5 => ../../../testdata/stubs/pgx\n"
		rw, err := RewriteFixture([]byte(in), fixtureDir, stubs, root, real)
		require.NoError(t, err)
		assert.Contains(t, string(rw.GoMod), "github.com/fnlint/fnlint => "+root)
		assert.NotContains(t, string(rw.GoMod), "testdata/stubs")
	})

	t.Run("version the stubs do not mirror", func(t *testing.T) {
		in := "module example.com/fixtures\n\ngo 1.26\n\nrequire github.com/jackc/pgx/v5 v5.11.0\n\nreplace github.com/jackc/pgx/v5 => ../../../testdata/stubs/pgx\n"
		_, err := RewriteFixture([]byte(in), fixtureDir, stubs, root, real)
		assert.ErrorContains(t, err, "the stubs mirror v5.12.0")
	})

	t.Run("stub with no real module", func(t *testing.T) {
		in := "module example.com/fixtures\n\ngo 1.26\n\nrequire github.com/other/mod v1.0.0\n\nreplace github.com/other/mod => ../../../testdata/stubs/other\n"
		_, err := RewriteFixture([]byte(in), fixtureDir, stubs, root, real)
		assert.ErrorContains(t, err, "does not require the real module")
	})
}

func TestStubModules(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("pgx/go.mod", "module github.com/jackc/pgx/v5\n")
	write("pgx/pgx.go", "package pgx\n")
	write("pgx/pgxpool/pool.go", "package pgxpool\n")
	write("pgx/pgxpool/pool_test.go", "package pgxpool\n")
	write("pgx/internal/only_test.go", "package internal\n")
	write("pgx/testdata/x.go", "package x\n")
	write("example/go.mod", "module example.com/fixtures\n")
	write("README.md", "stubs\n")
	write("aws/go.mod", "module github.com/aws/aws-sdk-go-v2\n")
	write("aws/aws/config.go", "package aws\n")
	write("aws/config/go.mod", "module github.com/aws/aws-sdk-go-v2/config\n")
	write("aws/config/config.go", "package config\n")
	write("aws/service/s3/go.mod", "module github.com/aws/aws-sdk-go-v2/service/s3\n")
	write("aws/service/s3/api.go", "package s3\n")
	write("aws/service/s3/types/types.go", "package types\n")
	write("aws/service/s3/testdata/go.mod", "module example.com/ignored\n")

	mods, err := StubModules(dir)
	require.NoError(t, err)
	got := map[string][]string{}
	for _, m := range mods {
		got[m.Path] = m.Packages
	}
	assert.Equal(t, map[string][]string{
		"github.com/jackc/pgx/v5":                 {"github.com/jackc/pgx/v5", "github.com/jackc/pgx/v5/pgxpool"},
		"github.com/aws/aws-sdk-go-v2":            {"github.com/aws/aws-sdk-go-v2/aws"},
		"github.com/aws/aws-sdk-go-v2/config":     {"github.com/aws/aws-sdk-go-v2/config"},
		"github.com/aws/aws-sdk-go-v2/service/s3": {"github.com/aws/aws-sdk-go-v2/service/s3", "github.com/aws/aws-sdk-go-v2/service/s3/types"},
	}, got)
	for _, m := range mods {
		if m.Path == "github.com/aws/aws-sdk-go-v2/service/s3" {
			assert.Equal(t, filepath.Join(dir, "aws", "service", "s3"), m.Dir)
		}
	}
}
