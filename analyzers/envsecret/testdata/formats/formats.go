// Package formats holds literals in well-known credential formats,
// whatever they are assigned to.
package formats

// Deploy settings, pasted from a console.
var settings = map[string]string{
	"aws_access_key_id": "AKIAZ7Q3RT5UVW2XY4AB",                                       // want `string literal holds an AWS access key id`
	"github":            "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",                   // want `string literal holds a GitHub token`
	"gitlab":            "glpat-x8Yq3Vb7Nm2Kp9Lz4Wc1",                                 // want `string literal holds a GitLab token`
	"slack":             "xoxb-2048-4096-a1b2c3d4e5f6",                                // want `string literal holds a Slack token`
	"stripe":            "sk_live_51Hx3kLm9Qw2Er5Ty8Ui0Op",                            // want `string literal holds a Stripe secret key`
	"maps":              "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",                    // want `string literal holds a Google API key`
	"session":           "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.Zm9vYmFyYmF6", // want `string literal holds a JWT`
}

const deployKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----" // want `string literal holds a private key`

// Literals that look close but are not credentials.
var notKeys = []string{
	"AKIAIOSFODNN7EXAMPLE", // AWS's documentation key
	"AKIA",                 // a prefix, to recognise keys in input
	"ghp_",
	"eyJ",
	"-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----",
	"-----BEGIN CERTIFICATE-----",
	"sk_test_51Hx3kLm9Qw2Er5Ty8Ui0Op",
	"xoxb-",
}

var _ = []any{settings, deployKey, notKeys}
