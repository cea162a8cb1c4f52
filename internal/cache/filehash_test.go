package cache

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeOld writes a file and dates it an hour back, so that its hash may
// be recorded.
func writeOld(t *testing.T, name, content string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o777))
	require.NoError(t, os.WriteFile(name, []byte(content), 0o666))
	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(name, old, old))
}

func TestFileHashesRemembered(t *testing.T) {
	c := openTemp(t)
	name := filepath.Join(t.TempDir(), "a.go")
	writeOld(t, name, "package a\n")

	h := c.FileHashes()
	sum, err := h.Hash(name)
	require.NoError(t, err)
	assert.Equal(t, sha256.Sum256([]byte("package a\n")), sum)
	h.Save()

	// The next run trusts the recorded hash while the file's size and
	// time are the same: a forged record proves it was not read.
	index := filepath.Join(c.Dir(), fileHashIndex)
	data, err := os.ReadFile(index)
	require.NoError(t, err)
	forged := sha256.Sum256([]byte("forged"))
	real := sha256.Sum256([]byte("package a\n"))
	data = []byte(strings.Replace(string(data), hexOf(real), hexOf(forged), 1))
	require.NoError(t, os.WriteFile(index, append([]byte("not a record\n"), data...), 0o666))
	sum, err = c.FileHashes().Hash(name)
	require.NoError(t, err)
	assert.Equal(t, forged, sum)

	// A changed file is read again, even at the same size.
	writeOld(t, name, "package b\n")
	later := time.Now().Add(-time.Minute)
	require.NoError(t, os.Chtimes(name, later, later))
	sum, err = c.FileHashes().Hash(name)
	require.NoError(t, err)
	assert.Equal(t, sha256.Sum256([]byte("package b\n")), sum)
}

func hexOf(sum [sha256.Size]byte) string {
	return Key(sum).String()
}

func TestRecentFilesNotRecorded(t *testing.T) {
	c := openTemp(t)
	name := filepath.Join(t.TempDir(), "a.go")
	require.NoError(t, os.WriteFile(name, []byte("package a\n"), 0o666))
	h := c.FileHashes()
	_, err := h.Hash(name)
	require.NoError(t, err)
	h.Save()
	assert.NotContains(t, c.FileHashes().known, name, "a file written just now is not trusted by its stat")
}

func TestUnchanged(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go")
	writeOld(t, a, "package a\n")
	writeOld(t, b, "package a\n")
	h := NewFileHashes()
	for _, name := range []string{a, b} {
		_, err := h.Hash(name)
		require.NoError(t, err)
	}
	assert.True(t, h.Unchanged())
	require.NoError(t, os.WriteFile(b, []byte("package a // edited\n"), 0o666))
	assert.False(t, h.Unchanged(), "edited")
	require.NoError(t, os.Remove(b))
	assert.False(t, h.Unchanged(), "removed")
}

func TestMissingFile(t *testing.T) {
	_, err := NewFileHashes().Hash(filepath.Join(t.TempDir(), "nope.go"))
	assert.Error(t, err)
}
