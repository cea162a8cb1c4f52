// Package cache is fnlint's result cache: the findings of each package,
// stored under a key that covers everything they depend on, so that a run
// on unchanged code prints them again without loading or type-checking
// anything.
//
// A Cache is a directory of entries, one file per key, like the go
// command's build cache: written atomically (a temporary file renamed into
// place), so that concurrent runs never see half an entry; safe to delete
// at any time, since a missing, truncated or foreign entry is a miss and
// never an error; and bounded, since entries unused for MaxAge are removed
// (see Trim).
//
// Keys are computed by Settings.Key (the binary, the checks and their
// flags, the configuration, the go command's environment) and by Graph
// (a package's files and, transitively, the keys of its imports).
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// EnvDir is the environment variable that names the cache directory. The
// value "off" turns the cache off.
const EnvDir = "FNLINT_CACHE"

// FormatVersion is the version of the layout of entries and of the way
// keys are computed; changing either must change it.
const FormatVersion = "fnlint-cache-1"

// MaxAge is how long an entry that no run uses is kept.
const MaxAge = 5 * 24 * time.Hour

// Trimming and refreshing are rate-limited, as in the go command's cache:
// a directory is trimmed at most once per trimInterval, and the time of
// use of an entry is updated at most once per mtimeInterval.
const (
	trimInterval  = 24 * time.Hour
	mtimeInterval = time.Hour
)

// A Key identifies an entry: a SHA-256 hash of what the entry depends on.
type Key [sha256.Size]byte

// String is the key in hexadecimal.
func (k Key) String() string { return hex.EncodeToString(k[:]) }

// ErrOff is returned by DefaultDir when FNLINT_CACHE is "off".
var ErrOff = errors.New("the result cache is off (" + EnvDir + "=off)")

// DefaultDir is the cache directory: $FNLINT_CACHE when it is set, else
// fnlint under the user cache directory (os.UserCacheDir).
func DefaultDir() (string, error) {
	if dir := os.Getenv(EnvDir); dir != "" {
		if dir == "off" {
			return "", ErrOff
		}
		if !filepath.IsAbs(dir) {
			return "", fmt.Errorf("%s=%s: not an absolute path", EnvDir, dir)
		}
		return dir, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("user cache directory: %w", err)
	}
	return filepath.Join(dir, "fnlint"), nil
}

// A Cache is a directory of entries. Its methods are safe for concurrent
// use, also by several processes on the same directory.
type Cache struct {
	dir string // root: results/ holds the entries
	now func() time.Time
}

// Open opens the cache in dir, creating the directory if needed.
func Open(dir string) (*Cache, error) {
	c := &Cache{dir: dir, now: time.Now}
	if err := os.MkdirAll(c.resultsDir(), 0o777); err != nil {
		return nil, fmt.Errorf("open cache: %w", err)
	}
	return c, nil
}

// Dir is the root directory of the cache.
func (c *Cache) Dir() string { return c.dir }

func (c *Cache) resultsDir() string { return filepath.Join(c.dir, "results") }

// path is the file of the entry for key: results/ab/abcdef….
func (c *Cache) path(key Key) string {
	s := key.String()
	return filepath.Join(c.resultsDir(), s[:2], s)
}

// header starts every entry: the format and the key, so that a file
// renamed or written by another version is a miss.
func header(key Key) []byte {
	return []byte(FormatVersion + " " + key.String() + "\n")
}

// Get returns the data stored under key. Any problem reading it (no such
// entry, a truncated or foreign file) is a miss: ok is false.
func (c *Cache) Get(key Key) (data []byte, ok bool) {
	name := c.path(key)
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, false
	}
	h := header(key)
	if !bytes.HasPrefix(raw, h) {
		return nil, false
	}
	body := raw[len(h):]
	// The trailer is the length of the body and a newline: a file cut short
	// (a full disk, a crash in an old version without renames) does not
	// pass for an entry.
	i := bytes.LastIndexByte(body[:max(len(body)-1, 0)], '\n')
	if len(body) == 0 || body[len(body)-1] != '\n' || i < 0 {
		return nil, false
	}
	n, err := strconv.Atoi(string(body[i+1 : len(body)-1]))
	if err != nil || n != i {
		return nil, false
	}
	c.used(name)
	return body[:i], true
}

// used records that the entry in file name was used now, at most once per
// mtimeInterval, so that Trim keeps it.
func (c *Cache) used(name string) {
	info, err := os.Stat(name)
	if err != nil {
		return
	}
	if now := c.now(); now.Sub(info.ModTime()) > mtimeInterval {
		os.Chtimes(name, now, now) // best effort: the entry may be trimmed early
	}
}

// Put stores data under key, replacing any entry. It writes a temporary
// file in the entry's directory and renames it into place, so that readers
// see the old entry, the new one, or none, never part of one.
func (c *Cache) Put(key Key, data []byte) error {
	name := c.path(key)
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return fmt.Errorf("store cache entry: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(len(data) + 100)
	buf.Write(header(key))
	buf.Write(data)
	fmt.Fprintf(&buf, "\n%d\n", len(data))
	return writeAtomic(dir, name, buf.Bytes())
}

// writeAtomic writes data to a temporary file in dir and renames it to
// name.
func writeAtomic(dir, name string, data []byte) error {
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("store cache entry: %w", err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("store cache entry: %w", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("store cache entry: %w", err)
	}
	return nil
}

// trimStamp is the file whose content is the time of the last trim.
const trimStamp = "trim.txt"

// Trim removes the entries not used for MaxAge, and temporary files left
// by writers that died, at most once per trimInterval across all the
// processes that share the directory. Errors are ignored: a file that
// cannot be removed is tried again at the next trim.
func (c *Cache) Trim() {
	now := c.now()
	stamp := filepath.Join(c.dir, trimStamp)
	if data, err := os.ReadFile(stamp); err == nil {
		if last, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil &&
			now.Sub(time.Unix(last, 0)) < trimInterval {
			return
		}
	}
	// Write the stamp first, so that concurrent runs do not all trim.
	writeAtomic(c.dir, stamp, []byte(strconv.FormatInt(now.Unix(), 10)+"\n"))
	cutoff := now.Add(-MaxAge)
	filepath.WalkDir(c.resultsDir(), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err == nil && info.ModTime().Before(cutoff) {
			os.Remove(path)
		}
		return nil
	})
	trimFileHashes(c.dir, cutoff)
}
