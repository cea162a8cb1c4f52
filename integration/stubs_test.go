package integration_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/integration/internal/apidiff"
	"github.com/fnlint/fnlint/integration/internal/fixturemod"
)

// partial lists, by package, the stub types that declare only some of the
// fields or interface methods of the real type, with the reason. Everything
// else a stub declares must match the real declaration exactly; apidiff
// reports an entry here that has become unnecessary.
var partial = map[string]map[string]string{
	"github.com/aws/aws-sdk-go-v2/aws": {
		"Config": "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or need the endpoint resolver types",
	},
	"github.com/aws/aws-sdk-go-v2/config": {
		"LoadOptions": "declares the region, credential, HTTP client, retry, profile and endpoint options; the others' types are in github.com/aws/smithy-go or the credential provider modules",
	},
	"github.com/aws/aws-sdk-go-v2/service/dynamodb": {
		"Options":                  "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or are endpoint and signer types",
		"PutItemOutput":            "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"UpdateItemOutput":         "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"DeleteItemOutput":         "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"GetItemOutput":            "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"QueryOutput":              "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"ScanOutput":               "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"BatchWriteItemOutput":     "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"BatchGetItemOutput":       "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"TransactWriteItemsOutput": "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"TransactGetItemsOutput":   "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
	},
	"github.com/aws/aws-sdk-go-v2/service/kinesis": {
		"Options":          "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or are endpoint and signer types",
		"PutRecordOutput":  "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"PutRecordsOutput": "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
	},
	"github.com/aws/aws-sdk-go-v2/service/s3": {
		"Options":             "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or are endpoint and signer types",
		"PutObjectOutput":     "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"GetObjectOutput":     "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"DeleteObjectOutput":  "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"DeleteObjectsOutput": "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
	},
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager": {
		"Options":              "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or are endpoint and signer types",
		"GetSecretValueOutput": "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
	},
	"github.com/aws/aws-sdk-go-v2/service/sns": {
		"Options":            "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or are endpoint and signer types",
		"PublishOutput":      "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"PublishBatchOutput": "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
	},
	"github.com/aws/aws-sdk-go-v2/service/sqs": {
		"Options":                  "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or are endpoint and signer types",
		"SendMessageOutput":        "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"SendMessageBatchOutput":   "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"DeleteMessageOutput":      "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"DeleteMessageBatchOutput": "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
		"ReceiveMessageOutput":     "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
	},
	"github.com/aws/aws-sdk-go-v2/service/ssm": {
		"Options":            "declares the region, credential, HTTP client, retry and endpoint settings; the others' types are in github.com/aws/smithy-go or are endpoint and signer types",
		"GetParameterOutput": "omits ResultMetadata, whose middleware.Metadata is in github.com/aws/smithy-go",
	},
	"github.com/gin-gonic/gin": {
		"Engine": "omits HTMLRender, whose render.HTMLRender is in gin/render",
	},
	"github.com/go-playground/validator/v10": {
		"FieldError": "omits Translate, whose ut.Translator is in github.com/go-playground/universal-translator",
	},
	"github.com/gofiber/fiber/v2": {
		"Config": "omits JSONEncoder, JSONDecoder and XMLEncoder, whose types are in fiber/v2/utils",
	},
	"github.com/jackc/pgx/v5": {
		"ConnConfig": "omits Tracer, whose QueryTracer interface drags in the trace data types",
	},
	"github.com/jackc/pgx/v5/pgconn": {
		"Config": "declares the connection settings fixtures set; omits the dial, lookup, TLS-negotiation and notice hooks and their types",
	},
	"github.com/jackc/pgx/v5/pgtype": {
		"Map": "opaque: the codec registry means nothing to fixtures",
	},
	"github.com/labstack/echo/v4": {
		"Echo":   "omits AutoTLSManager, whose autocert.Manager is in golang.org/x/crypto",
		"Logger": "omits Level, SetLevel and the *j methods, whose log.Lvl and log.JSON are in github.com/labstack/gommon",
	},
	"github.com/redis/go-redis/v9": {
		"Options":          "declares the address, credential, timeout, pool and TLS settings; the others drag in dialer, credential-provider and client-side-cache types",
		"ClusterOptions":   "declares the address, credential, timeout, pool and TLS settings; the others drag in dialer, routing and credential-provider types",
		"UniversalOptions": "declares the address, credential, pool and TLS settings; the others drag in dialer and credential-provider types",
		"UniversalClient":  "declares the stubbed commands and Close; the full Cmdable method set is hundreds of commands",
	},
	"go.mongodb.org/mongo-driver/v2/mongo/options": {
		"ClientOptions": "declares AppName, Hosts and the pool sizes; the others drag in the auth, monitor, read/write concern, BSON and driver types",
	},
	"gorm.io/gorm": {
		"Config":    "omits NamingStrategy, Logger and ClauseBuilders, whose types are in gorm/schema, gorm/logger and gorm/clause",
		"Dialector": "declares Name, Initialize and Explain; the migrator, schema and clause methods drag in gorm/migrator, gorm/schema and gorm/clause",
		"Session":   "omits Logger, whose logger.Interface is in gorm/logger",
		"Statement": "omits TableExpr, Clauses, Joins, Schema and Result, whose types are in gorm/clause, gorm/schema or unexported",
	},
}

// TestStubsMatchRealModules checks every exported declaration of every stub
// package against the real package of the same path.
func TestStubsMatchRealModules(t *testing.T) {
	mods, err := fixturemod.StubModules(stubsDir(t))
	require.NoError(t, err)
	require.NotEmpty(t, mods)
	real := realGoMod(t)
	stubs := loadStubs(t, mods, real)
	var paths []string
	for _, m := range mods {
		paths = append(paths, m.Packages...)
	}
	reals := loadReal(t, paths)
	for _, m := range mods {
		for _, path := range m.Packages {
			t.Run(path, func(t *testing.T) {
				stub := stubs[path]
				require.NotNil(t, stub, "stub package not loaded")
				require.Empty(t, stub.Errors, "the stub does not build")
				rp := reals[path]
				if m.Path == fixturemod.RootModule && (rp == nil || len(rp.Errors) > 0) {
					rel := strings.TrimPrefix(path, fixturemod.RootModule+"/")
					if _, err := os.Stat(filepath.Join(repoRoot(t), filepath.FromSlash(rel))); err != nil {
						t.Skipf("the real %s is not written yet", path)
					}
				}
				require.NotNil(t, rp, "real package not loaded")
				require.Empty(t, rp.Errors, "the real package does not load")
				for _, m := range apidiff.Compare(stub.Types, rp.Types, partial[path]) {
					t.Errorf("%s.%s", path, m)
				}
			})
		}
	}
}

// TestDriftIsCaught breaks a copy of a stub in the ways a stub drifts and
// checks that each one is reported, and nothing else.
func TestDriftIsCaught(t *testing.T) {
	const jwt = "github.com/golang-jwt/jwt/v5"
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS(filepath.Join(stubsDir(t), "jwt"))))
	edits := []struct{ file, old, new string }{
		{"token.go", "Valid     bool", "Valid     int"},
		{"token.go", "Raw       string\n", ""},
		{"token.go", "`json:\"sub,omitempty\"`", "`json:\"subject,omitempty\"`"},
		{"token.go", "func (c RegisteredClaims) GetIssuer()", "func (c *RegisteredClaims) GetIssuer()"},
		{"token.go", "\tGetAudience() (ClaimStrings, error)\n}", "}"},
		{"parser.go", "keyFunc Keyfunc, options ...ParserOption) (*Token, error) {\n\treturn NewParser(options...).Parse(",
			"keyFunc Keyfunc, options []ParserOption) (*Token, error) {\n\treturn NewParser(options...).Parse("},
		{"signing.go", "type SigningMethodHMAC struct {", "func SigningMethodByName(string) SigningMethod { return nil }\n\ntype SigningMethodHMAC struct {"},
	}
	for _, e := range edits {
		path := filepath.Join(dir, e.file)
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		require.Equal(t, 1, strings.Count(string(data), e.old), "edit %q of %s", e.old, e.file)
		require.NoError(t, os.WriteFile(path, []byte(strings.Replace(string(data), e.old, e.new, 1)), 0o644))
	}
	mod := fixturemod.Module{Path: jwt, Dir: dir, Packages: []string{jwt}}
	stub := loadStubs(t, []fixturemod.Module{mod}, realGoMod(t))[jwt]
	require.Empty(t, stub.Errors)
	real := loadReal(t, []string{jwt})[jwt]
	require.Empty(t, real.Errors)

	var got []string
	for _, m := range apidiff.Compare(stub.Types, real.Types, nil) {
		got = append(got, m.Object)
	}
	assert.ElementsMatch(t, []string{
		"Token.Valid", "Token.Raw", "RegisteredClaims.Subject", "(*RegisteredClaims).GetIssuer",
		"Claims", "Parse", "SigningMethodByName",
	}, got)
}
