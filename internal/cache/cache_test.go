package cache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testKey(s string) Key {
	h := newHasher("test")
	h.string(s)
	return h.sum()
}

func openTemp(t *testing.T) *Cache {
	t.Helper()
	c, err := Open(t.TempDir())
	require.NoError(t, err)
	return c
}

func TestPutGet(t *testing.T) {
	c := openTemp(t)
	k := testKey("a")
	_, ok := c.Get(k)
	assert.False(t, ok, "empty cache")

	for _, data := range [][]byte{[]byte("{}\n"), {}, []byte("line\nline\n\n")} {
		require.NoError(t, c.Put(k, data))
		got, ok := c.Get(k)
		require.True(t, ok)
		assert.Equal(t, data, got)
	}
	_, ok = c.Get(testKey("b"))
	assert.False(t, ok, "another key")
}

func TestCorruptEntriesMiss(t *testing.T) {
	c := openTemp(t)
	k, other := testKey("a"), testKey("b")
	require.NoError(t, c.Put(k, []byte(`{"package":"p"}`)))
	good, err := os.ReadFile(c.path(k))
	require.NoError(t, err)

	cases := map[string][]byte{
		"empty":            {},
		"garbage":          []byte("\x00\x01garbage"),
		"truncated":        good[:len(good)-5],
		"truncated body":   append(bytes.Clone(good[:len(good)-12]), good[len(good)-3:]...),
		"header only":      header(k),
		"another key":      bytes.Replace(good, []byte(k.String()), []byte(other.String()), 1),
		"another version":  bytes.Replace(good, []byte(FormatVersion), []byte("fnlint-cache-0"), 1),
		"wrong length":     bytes.Replace(good, []byte("\n15\n"), []byte("\n14\n"), 1),
		"no final newline": good[:len(good)-1],
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(c.path(k), data, 0o666))
			_, ok := c.Get(k)
			assert.False(t, ok)
		})
	}

	// A directory where the entry should be, or no directory at all.
	require.NoError(t, os.Remove(c.path(k)))
	require.NoError(t, os.Mkdir(c.path(k), 0o777))
	_, ok := c.Get(k)
	assert.False(t, ok)
	require.NoError(t, os.RemoveAll(c.Dir()))
	_, ok = c.Get(k)
	assert.False(t, ok, "deleted cache")
	assert.NoError(t, c.Put(k, []byte("x")), "Put recreates the directories")
}

// TestConcurrentWriters stores different values under one key from many
// goroutines while others read it: every read sees one whole value.
func TestConcurrentWriters(t *testing.T) {
	c := openTemp(t)
	// A second Cache on the same directory stands for another process.
	c2, err := Open(c.Dir())
	require.NoError(t, err)
	k := testKey("shared")
	values := make(map[string]bool)
	for i := range 8 {
		values[strings.Repeat(fmt.Sprint(i), 1000*(i+1))] = true
	}
	var wg sync.WaitGroup
	for v := range values {
		for _, cc := range []*Cache{c, c2} {
			wg.Go(func() {
				for range 20 {
					assert.NoError(t, cc.Put(k, []byte(v)))
				}
			})
		}
	}
	for range 4 {
		wg.Go(func() {
			for range 200 {
				if got, ok := c2.Get(k); ok {
					assert.True(t, values[string(got)], "read a partial or mixed entry of %d bytes", len(got))
				}
			}
		})
	}
	wg.Wait()
	got, ok := c.Get(k)
	require.True(t, ok)
	assert.True(t, values[string(got)])
	tmps, err := filepath.Glob(filepath.Join(filepath.Dir(c.path(k)), ".tmp-*"))
	require.NoError(t, err)
	assert.Empty(t, tmps, "temporary files left behind")
}

func TestTrim(t *testing.T) {
	c := openTemp(t)
	now := time.Now()
	c.now = func() time.Time { return now }
	oldK, newK, usedK := testKey("old"), testKey("new"), testKey("used")
	for _, k := range []Key{oldK, newK, usedK} {
		require.NoError(t, c.Put(k, []byte("x")))
	}
	old := now.Add(-MaxAge - time.Hour)
	require.NoError(t, os.Chtimes(c.path(oldK), old, old))
	require.NoError(t, os.Chtimes(c.path(usedK), old, old))
	_, ok := c.Get(usedK) // a use refreshes the entry
	require.True(t, ok)

	c.Trim()
	_, ok = c.Get(oldK)
	assert.False(t, ok, "entry unused for MaxAge is trimmed")
	_, ok = c.Get(newK)
	assert.True(t, ok)
	_, ok = c.Get(usedK)
	assert.True(t, ok, "entry used since is kept")

	// Within trimInterval, another Trim does nothing.
	require.NoError(t, c.Put(oldK, []byte("x")))
	require.NoError(t, os.Chtimes(c.path(oldK), old, old))
	now = now.Add(trimInterval / 2)
	c.Trim()
	_, err := os.Stat(c.path(oldK))
	assert.NoError(t, err, "trimmed again within the interval")
	now = now.Add(trimInterval)
	c.Trim()
	_, err = os.Stat(c.path(oldK))
	assert.True(t, os.IsNotExist(err), "not trimmed after the interval")
}

func TestDefaultDir(t *testing.T) {
	t.Setenv(EnvDir, "")
	dir, err := DefaultDir()
	if err == nil {
		assert.Equal(t, "fnlint", filepath.Base(dir))
	}
	abs := t.TempDir()
	t.Setenv(EnvDir, abs)
	dir, err = DefaultDir()
	require.NoError(t, err)
	assert.Equal(t, abs, dir)

	t.Setenv(EnvDir, "off")
	_, err = DefaultDir()
	assert.ErrorIs(t, err, ErrOff)

	t.Setenv(EnvDir, "relative/dir")
	_, err = DefaultDir()
	assert.Error(t, err)
}
