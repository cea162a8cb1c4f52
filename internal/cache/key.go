package cache

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"path/filepath"
	"slices"
	"sync"

	"golang.org/x/tools/go/packages"
)

// Settings are the inputs of a run that every package's findings depend
// on, besides the packages themselves.
type Settings struct {
	// Tool identifies the fnlint binary: a hash of its content (see
	// ToolID), so that a rebuilt binary never reads what another wrote.
	Tool [sha256.Size]byte
	// Checks are the names of every check of the suite; Enabled those
	// that run, in order.
	Checks, Enabled []string
	// Flags are the values of every analyzer flag, as "check.flag=value".
	Flags []string
	// ConfigPath and Config are the configuration file and its content
	// (both empty without one): its excludes are applied before findings
	// are stored.
	ConfigPath string
	Config     []byte
	// Tests, BuildFlags and Env are those of the go/packages load
	// (BuildFlags hold -tags).
	Tests      bool
	BuildFlags []string
	Env        []string
	// GoEnv are the go command's settings that change what a package
	// is: GOVERSION, GOOS, GOARCH, CGO_ENABLED, GOEXPERIMENT, GOFLAGS…,
	// as "NAME=value".
	GoEnv []string
}

// Key is the hash of the settings.
func (s *Settings) Key() Key {
	h := newHasher("settings")
	h.bytes(s.Tool[:])
	h.strings(s.Checks)
	h.strings(s.Enabled)
	h.strings(s.Flags)
	h.string(s.ConfigPath)
	h.bytes(s.Config)
	h.bool(s.Tests)
	h.strings(s.BuildFlags)
	h.strings(s.Env)
	h.strings(s.GoEnv)
	return h.sum()
}

// ToolID returns the hash of the content of the running executable. The
// build ID or the module version are not enough: binaries built from a
// modified work tree share both.
func ToolID(files *FileHashes, executable string) ([sha256.Size]byte, error) {
	if real, err := filepath.EvalSymlinks(executable); err == nil {
		executable = real
	}
	return files.Hash(executable)
}

// A Graph computes the keys of packages loaded with at least NeedName,
// NeedFiles, NeedImports, NeedDeps and NeedModule: no types are needed.
// The key of a package covers the settings, the package's identity, the
// content of its files (or, for the standard library and module-cache
// dependencies, which do not change, the Go version and the module
// version) and the keys of the packages it imports, so that a change
// anywhere below a package, which may change the facts it sees, changes
// its key.
type Graph struct {
	// Settings is the key of the settings of the run.
	Settings Key
	// GOROOT and GOMODCACHE are the go command's: packages under them are
	// keyed by the Go version and by module version.
	GOROOT, GOMODCACHE string
	// Files hashes files.
	Files *FileHashes

	mu   sync.Mutex
	keys map[*packages.Package]Key
}

// Key returns the key of p. Packages with errors have keys too; callers
// decide whether to use them.
func (g *Graph) Key(p *packages.Package) (Key, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.keys == nil {
		g.keys = make(map[*packages.Package]Key)
	}
	return g.key(p, nil)
}

// key computes the key of p; stack holds the packages being computed, to
// reject import cycles (go list reports them as errors, but keeps the
// edges).
func (g *Graph) key(p *packages.Package, stack []*packages.Package) (Key, error) {
	if k, ok := g.keys[p]; ok {
		return k, nil
	}
	if slices.Contains(stack, p) {
		return Key{}, fmt.Errorf("import cycle through %s", p.ID)
	}
	stack = append(stack, p)
	h := newHasher("package")
	h.bytes(g.Settings[:])
	h.string(p.ID)
	h.string(p.PkgPath)
	h.string(p.Name)
	h.string(p.ForTest)
	h.string(p.Dir)
	switch mod := effectiveModule(p); {
	case g.isStd(p):
		h.string("std")
	case mod != nil && mod.Version != "" && within(g.GOMODCACHE, p.Dir):
		h.string("module")
		h.string(mod.Path)
		h.string(mod.Version)
		h.string(p.Module.Path) // the module replaced, if it is
	default:
		h.string("files")
		if err := g.hashFiles(h, p); err != nil {
			return Key{}, err
		}
	}
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	h.int(len(paths))
	for _, path := range paths {
		dep := p.Imports[path]
		k, err := g.key(dep, stack)
		if err != nil {
			return Key{}, err
		}
		h.string(path)
		h.string(dep.ID)
		h.bytes(k[:])
	}
	k := h.sum()
	g.keys[p] = k
	return k, nil
}

// hashFiles adds the names and contents of the files of p, and of the
// go.mod of its module, to h.
func (g *Graph) hashFiles(h *hasher, p *packages.Package) error {
	var files []string
	files = append(files, p.GoFiles...)
	files = append(files, p.OtherFiles...)
	if p.Module != nil {
		h.string(p.Module.Path)
		h.string(p.Module.Version)
		h.string(p.Module.GoVersion)
		if p.Module.GoMod != "" {
			files = append(files, p.Module.GoMod)
		}
	}
	h.int(len(files))
	for _, name := range files {
		sum, err := g.Files.Hash(name)
		if err != nil {
			return fmt.Errorf("hash %s: %w", name, err)
		}
		h.string(name)
		h.bytes(sum[:])
	}
	return nil
}

// isStd reports whether p is a package of the standard library (GOROOT
// and GOVERSION are part of the settings).
func (g *Graph) isStd(p *packages.Package) bool {
	return p.Module == nil && g.GOROOT != "" && within(filepath.Join(g.GOROOT, "src"), p.Dir)
}

// effectiveModule is the module that provides p's files: its replacement
// if it is replaced.
func effectiveModule(p *packages.Package) *packages.Module {
	if p.Module != nil && p.Module.Replace != nil {
		return p.Module.Replace
	}
	return p.Module
}

// within reports whether path is dir or below it.
func within(dir, path string) bool {
	if dir == "" || path == "" {
		return false
	}
	rel, err := filepath.Rel(dir, path)
	return err == nil && filepath.IsLocal(rel)
}

// hasher hashes a sequence of values unambiguously: each is prefixed by
// its length.
type hasher struct{ h hash.Hash }

func newHasher(kind string) *hasher {
	h := &hasher{sha256.New()}
	h.string(FormatVersion)
	h.string(kind)
	return h
}

func (h *hasher) int(n int) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(n))
	h.h.Write(b[:])
}

func (h *hasher) bytes(b []byte) {
	h.int(len(b))
	h.h.Write(b)
}

func (h *hasher) string(s string) {
	h.int(len(s))
	h.h.Write([]byte(s))
}

func (h *hasher) strings(list []string) {
	h.int(len(list))
	for _, s := range list {
		h.string(s)
	}
}

func (h *hasher) bool(b bool) {
	if b {
		h.int(1)
	} else {
		h.int(0)
	}
}

func (h *hasher) sum() Key {
	var k Key
	h.h.Sum(k[:0])
	return k
}
