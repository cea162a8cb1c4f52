package cache

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// fileHashIndex is the file, in the cache directory, that records the
// content hash of files by path, size and modification time.
const fileHashIndex = "filehash.txt"

// recentCutoff is how old a file's modification time must be for its hash
// to be recorded: a file written again within the same clock tick keeps
// its size and time, so only files that have been still for a while are
// trusted by their stat, as in the go command.
const recentCutoff = 2 * time.Second

// FileHashes hashes the content of files, and remembers the hashes in the
// cache directory by path, size and modification time, so that a warm run
// only stats the files it depends on. It is safe for concurrent use.
type FileHashes struct {
	dir string // "" when the index is not persisted
	now func() time.Time

	mu      sync.Mutex
	known   map[string]fileRecord // from the index and this run
	checked map[string]fileStat   // files hashed or trusted in this run
	dirty   bool
}

// fileStat is what identifies a version of a file without reading it.
type fileStat struct {
	size  int64
	mtime int64 // nanoseconds since 1970
}

type fileRecord struct {
	stat fileStat
	hash [sha256.Size]byte
	used int64 // Unix seconds of the last run that wrote the record
}

// FileHashes returns the file hasher of the cache, with the hashes
// recorded by earlier runs.
func (c *Cache) FileHashes() *FileHashes {
	h := NewFileHashes()
	h.dir, h.now = c.dir, c.now
	h.known = readFileHashes(filepath.Join(c.dir, fileHashIndex))
	return h
}

// NewFileHashes returns a file hasher that remembers nothing across runs.
func NewFileHashes() *FileHashes {
	return &FileHashes{now: time.Now, known: make(map[string]fileRecord), checked: make(map[string]fileStat)}
}

// Hash returns the SHA-256 hash of the content of the file at the
// absolute path name.
func (h *FileHashes) Hash(name string) ([sha256.Size]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	st := fileStat{info.Size(), info.ModTime().UnixNano()}
	h.mu.Lock()
	rec, ok := h.known[name]
	h.mu.Unlock()
	if ok && rec.stat == st {
		h.mu.Lock()
		h.checked[name] = st
		if h.now().Unix()-rec.used > int64(trimInterval/time.Second) {
			rec.used = h.now().Unix()
			h.known[name] = rec
			h.dirty = true
		}
		h.mu.Unlock()
		return rec.hash, nil
	}
	sum, err := hashFile(name)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.checked[name] = st
	if h.now().Sub(info.ModTime()) > recentCutoff {
		h.known[name] = fileRecord{stat: st, hash: sum, used: h.now().Unix()}
		h.dirty = true
	}
	return sum, nil
}

func hashFile(name string) ([sha256.Size]byte, error) {
	var sum [sha256.Size]byte
	f, err := os.Open(name)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	d := sha256.New()
	if _, err := io.Copy(d, f); err != nil {
		return sum, err
	}
	d.Sum(sum[:0])
	return sum, nil
}

// Unchanged reports whether every file hashed so far still has the size
// and modification time it had then: whether results computed from the
// files since may be stored under keys computed from the hashes.
func (h *FileHashes) Unchanged() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	for name, st := range h.checked {
		info, err := os.Stat(name)
		if err != nil || info.Size() != st.size || info.ModTime().UnixNano() != st.mtime {
			return false
		}
	}
	return true
}

// Save writes the index back to the cache directory if it changed, merged
// with what concurrent runs wrote meanwhile. Errors are ignored: the index
// only saves time.
func (h *FileHashes) Save() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.dir == "" || !h.dirty {
		return
	}
	name := filepath.Join(h.dir, fileHashIndex)
	merged := readFileHashes(name)
	for path, rec := range h.known {
		if old, ok := merged[path]; !ok || old.used <= rec.used {
			merged[path] = rec
		}
	}
	cutoff := h.now().Add(-MaxAge).Unix()
	if writeAtomic(h.dir, name, encodeFileHashes(merged, cutoff)) == nil {
		h.dirty = false
	}
}

// The index has one line per file: hash, size, modification time, time of
// last use, path. Lines that do not parse are skipped.

func readFileHashes(name string) map[string]fileRecord {
	known := make(map[string]fileRecord)
	data, err := os.ReadFile(name)
	if err != nil {
		return known
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), " ", 5)
		if len(f) != 5 {
			continue
		}
		var rec fileRecord
		if n, err := hex.Decode(rec.hash[:], []byte(f[0])); err != nil || n != sha256.Size {
			continue
		}
		var errs [3]error
		rec.stat.size, errs[0] = strconv.ParseInt(f[1], 10, 64)
		rec.stat.mtime, errs[1] = strconv.ParseInt(f[2], 10, 64)
		rec.used, errs[2] = strconv.ParseInt(f[3], 10, 64)
		if errs != [3]error{} || !filepath.IsAbs(f[4]) {
			continue
		}
		known[f[4]] = rec
	}
	return known
}

func encodeFileHashes(known map[string]fileRecord, cutoff int64) []byte {
	var buf bytes.Buffer
	for path, rec := range known {
		if rec.used < cutoff || strings.ContainsAny(path, "\n\r") {
			continue
		}
		fmt.Fprintf(&buf, "%x %d %d %d %s\n", rec.hash, rec.stat.size, rec.stat.mtime, rec.used, path)
	}
	return buf.Bytes()
}

// trimFileHashes drops the records of the index not used since cutoff.
func trimFileHashes(dir string, cutoff time.Time) {
	name := filepath.Join(dir, fileHashIndex)
	known := readFileHashes(name)
	writeAtomic(dir, name, encodeFileHashes(known, cutoff.Unix()))
}
