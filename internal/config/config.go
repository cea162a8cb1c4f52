// Package config reads fnlint's configuration file, .fnlint.yml.
//
// The file turns checks on and off, sets their flags and excludes paths:
//
//	checks:
//	  enable: [handlersize]
//	  disable: []
//	settings:
//	  handlersize:
//	    max-statements: 40
//	exclude:
//	  - "gen/**"
//
// Decoding is strict: an unknown key, a value of the wrong shape or an
// invalid glob is an error that names the file and the line. Whether a
// check or a setting exists is for the caller to decide, with the line
// numbers kept in the result.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// FileName is the name of the configuration file searched for upward from
// the working directory.
const FileName = ".fnlint.yml"

// A Config is a decoded configuration file.
type Config struct {
	// Path is the file the configuration was read from.
	Path string
	// Enable and Disable name the checks turned on and off, in file order.
	Enable, Disable []Name
	// Settings are the check flags to set, in file order.
	Settings []Setting
	// Exclude are the globs of paths whose findings are dropped.
	Exclude []Glob
}

// A Name is a check name written in the file.
type Name struct {
	Name string
	Line int
}

// A Setting is the value of one flag of one check.
type Setting struct {
	// Check is the check name, Flag the name of its flag.
	Check, Flag string
	// Value is the flag value as it is given to flag.Value.Set: a scalar
	// as written, a list joined with commas.
	Value string
	// Line is the line of the flag name in the file.
	Line int
}

// A Glob is a path pattern relative to the directory of the configuration
// file. "*" matches within one path element, "**" matches any number of
// elements.
type Glob struct {
	Pattern string
	Line    int
}

// Dir is the directory that exclude globs are relative to.
func (c *Config) Dir() string { return filepath.Dir(c.Path) }

// Excluded reports whether the file at the absolute path filename is
// matched by an exclude glob.
func (c *Config) Excluded(filename string) bool {
	rel, err := filepath.Rel(c.Dir(), filename)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Exclude {
		if matchGlob(g.Pattern, rel) {
			return true
		}
	}
	return false
}

// Find looks for FileName in dir and each of its parents up to the root
// of the file system. It returns "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	for {
		name := filepath.Join(dir, FileName)
		info, err := os.Stat(name)
		switch {
		case err == nil && !info.IsDir():
			return name, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("find config: %w", err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and decodes the configuration file at filename. An error
// reading the file is the *fs.PathError of the read, which names the
// file.
func Load(filename string) (*Config, error) {
	abs, err := filepath.Abs(filename)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	return Parse(abs, data)
}

// Parse decodes the configuration in data, read from filename.
func Parse(filename string, data []byte) (*Config, error) {
	c := &Config{Path: filename}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil // an empty file
		}
		return nil, c.yamlError(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, c.yamlError(err)
		}
		return nil, c.errorf(extra.Line, "more than one YAML document")
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil // only comments
	}
	err := c.mapping(root, "the configuration", map[string]func(*yaml.Node) error{
		"checks":   c.decodeChecks,
		"settings": c.decodeSettings,
		"exclude":  c.decodeExclude,
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Config) decodeChecks(n *yaml.Node) error {
	return c.mapping(n, "checks", map[string]func(*yaml.Node) error{
		"enable": func(n *yaml.Node) (err error) {
			c.Enable, err = c.names(n, "checks.enable")
			return err
		},
		"disable": func(n *yaml.Node) (err error) {
			c.Disable, err = c.names(n, "checks.disable")
			return err
		},
	})
}

func (c *Config) decodeSettings(n *yaml.Node) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return c.errorf(n.Line, "settings must be a map from check names to their settings")
	}
	if err := c.unique(n); err != nil {
		return err
	}
	for i := 0; i < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		check, err := c.key(key)
		if err != nil {
			return err
		}
		if isNull(val) {
			continue
		}
		if val.Kind != yaml.MappingNode {
			return c.errorf(val.Line, "settings.%s must be a map from setting names to values", check)
		}
		if err := c.unique(val); err != nil {
			return err
		}
		for j := 0; j < len(val.Content); j += 2 {
			fkey, fval := val.Content[j], val.Content[j+1]
			flagName, err := c.key(fkey)
			if err != nil {
				return err
			}
			value, err := c.value(fval, check+"."+flagName)
			if err != nil {
				return err
			}
			c.Settings = append(c.Settings, Setting{Check: check, Flag: flagName, Value: value, Line: fkey.Line})
		}
	}
	return nil
}

func (c *Config) decodeExclude(n *yaml.Node) error {
	names, err := c.names(n, "exclude")
	if err != nil {
		return err
	}
	for _, g := range names {
		if err := validGlob(g.Name); err != nil {
			return c.errorf(g.Line, "exclude: bad pattern %q: %v", g.Name, err)
		}
		c.Exclude = append(c.Exclude, Glob{Pattern: g.Name, Line: g.Line})
	}
	return nil
}

// mapping decodes a mapping node whose keys must all be in fields.
func (c *Config) mapping(n *yaml.Node, what string, fields map[string]func(*yaml.Node) error) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return c.errorf(n.Line, "%s must be a map", what)
	}
	if err := c.unique(n); err != nil {
		return err
	}
	for i := 0; i < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		name, err := c.key(key)
		if err != nil {
			return err
		}
		decode, ok := fields[name]
		if !ok {
			return c.errorf(key.Line, "unknown key %q in %s (want one of %s)", name, what, keyList(fields))
		}
		if err := decode(val); err != nil {
			return err
		}
	}
	return nil
}

// unique checks that the keys of a mapping node are all different.
func (c *Config) unique(n *yaml.Node) error {
	first := make(map[string]int)
	for i := 0; i < len(n.Content); i += 2 {
		key := n.Content[i]
		if line, ok := first[key.Value]; ok {
			return c.errorf(key.Line, "duplicate key %q (first at line %d)", key.Value, line)
		}
		first[key.Value] = key.Line
	}
	return nil
}

// names decodes a list of non-empty strings.
func (c *Config) names(n *yaml.Node, what string) ([]Name, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, c.errorf(n.Line, "%s must be a list", what)
	}
	var names []Name
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || isNull(item) || item.Value == "" {
			return nil, c.errorf(item.Line, "%s: want a non-empty string", what)
		}
		names = append(names, Name{Name: item.Value, Line: item.Line})
	}
	return names, nil
}

func (c *Config) key(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Value == "" {
		return "", c.errorf(n.Line, "keys must be non-empty strings")
	}
	return n.Value, nil
}

// value turns a setting into a flag value: a scalar as written, a list of
// scalars joined with commas.
func (c *Config) value(n *yaml.Node, what string) (string, error) {
	switch {
	case isNull(n):
		return "", c.errorf(n.Line, "%s has no value", what)
	case n.Kind == yaml.ScalarNode:
		return n.Value, nil
	case n.Kind == yaml.SequenceNode:
		items := make([]string, len(n.Content))
		for i, item := range n.Content {
			if item.Kind != yaml.ScalarNode || isNull(item) {
				return "", c.errorf(item.Line, "%s: list items must be scalars", what)
			}
			items[i] = item.Value
		}
		return strings.Join(items, ","), nil
	}
	return "", c.errorf(n.Line, "%s must be a scalar or a list of scalars", what)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func keyList(fields map[string]func(*yaml.Node) error) string {
	return strings.Join(slices.Sorted(maps.Keys(fields)), ", ")
}

// An Error is an error in a configuration file, at a line when known.
type Error struct {
	Path string
	Line int // 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Errorf returns an *Error at line of the file of c, for callers that
// validate names and settings.
func (c *Config) Errorf(line int, format string, args ...any) error {
	return c.errorf(line, format, args...)
}

func (c *Config) errorf(line int, format string, args ...any) error {
	return &Error{Path: c.Path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// yamlError turns a parse error of the YAML package, "yaml: line 3: did
// not find expected key", into an *Error.
func (c *Config) yamlError(err error) error {
	msg, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), "yaml: "), "\n") // one line
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	return &Error{Path: c.Path, Line: line, Msg: msg}
}

// validGlob checks the syntax of every element of pattern.
func validGlob(pattern string) error {
	if strings.HasPrefix(pattern, "/") {
		return errors.New("must be relative to the configuration file")
	}
	for _, elem := range strings.Split(pattern, "/") {
		if elem == "**" {
			continue
		}
		if _, err := path.Match(elem, ""); err != nil {
			return err
		}
	}
	return nil
}

// matchGlob reports whether the slash-separated relative path name matches
// pattern, in which "**" stands for any number of path elements. It takes
// time proportional to the product of the numbers of elements, however many
// "**" the pattern holds.
func matchGlob(pattern, name string) bool {
	pat, elems := strings.Split(pattern, "/"), strings.Split(name, "/")
	// rest[j] reports whether the pattern elements after the current one
	// match elems[j:]; past the last element, only the empty path matches.
	rest := make([]bool, len(elems)+1)
	rest[len(elems)] = true
	for i := len(pat) - 1; i >= 0; i-- {
		cur := make([]bool, len(elems)+1)
		if pat[i] == "**" {
			tail := false // whether rest[k] holds for some k >= j
			for j := len(elems); j >= 0; j-- {
				tail = tail || rest[j]
				cur[j] = tail
			}
		} else {
			for j := range elems {
				if rest[j+1] {
					cur[j], _ = path.Match(pat[i], elems[j])
				}
			}
		}
		rest = cur
	}
	return rest[0]
}
