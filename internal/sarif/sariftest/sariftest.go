// Package sariftest validates SARIF logs against the SARIF 2.1.0 JSON
// schema, for tests.
//
// The schema is the OASIS one (errata 01) that the Go module
// github.com/owenrumney/go-sarif/v3 carries in its source; Validate reads
// it from that module in the module cache, so that no copy of the schema
// lives in this repository, and validates with gojsonschema, which speaks
// the schema's draft 4.
package sariftest

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	// The package whose source holds the schema; imported so that the
	// module stays required.
	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"
)

const schemaPkg = "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

var loadSchema = sync.OnceValues(func() (*gojsonschema.Schema, error) {
	out, err := exec.Command("go", "list", "-f", "{{.Dir}}", schemaPkg).Output()
	if err != nil {
		return nil, fmt.Errorf("locate %s: %w", schemaPkg, err)
	}
	text, err := schemaConst(filepath.Join(strings.TrimSpace(string(out)), "schema.go"))
	if err != nil {
		return nil, err
	}
	schema, err := gojsonschema.NewSchema(gojsonschema.NewStringLoader(text))
	if err != nil {
		return nil, fmt.Errorf("compile SARIF schema: %w", err)
	}
	return schema, nil
})

// schemaConst returns the value of the string constant "schema" in file.
func schemaConst(file string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		return "", fmt.Errorf("read SARIF schema: %w", err)
	}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && name.Name == "schema" && lit.Kind == token.STRING {
					return strconv.Unquote(lit.Value)
				}
			}
		}
	}
	return "", fmt.Errorf("read SARIF schema: no constant schema in %s", file)
}

// Validate reports whether data is a SARIF 2.1.0 log that the schema
// accepts, listing every violation.
func Validate(data []byte) error {
	schema, err := loadSchema()
	if err != nil {
		return err
	}
	res, err := schema.Validate(gojsonschema.NewBytesLoader(data))
	if err != nil {
		return fmt.Errorf("validate SARIF: %w", err)
	}
	if res.Valid() {
		return nil
	}
	var errs []error
	for _, e := range res.Errors() {
		errs = append(errs, errors.New(e.String()))
	}
	return errors.Join(errs...)
}
