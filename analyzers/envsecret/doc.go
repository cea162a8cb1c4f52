// Package envsecret defines an Analyzer that reports credentials written
// in code and environment secrets used with no check that they are set.
//
// # Analyzer envsecret
//
// envsecret: report hard-coded credentials and unchecked environment secrets
//
// A credential in the source is in every clone, every build cache, every
// container image layer and the history of the repository forever; it
// cannot be rotated without a deploy, and it is the same in every stage.
// Function code reads its secrets from the environment (set from a secret
// store by the deployment) or from a secret manager at cold start. The
// envsecret check reports:
//
//   - constants reaching a credential sink, found by type through
//     conversions, variables, closures, helpers of the same package and,
//     through facts, helpers of other packages: the key of
//     (*jwt.Token).SignedString, a key returned by the key function of
//     jwt.Parse and jwt.ParseWithClaims (golang-jwt v5, v4, v3 and
//     dgrijalva/jwt-go), the key of hmac.New, a DSN with a password passed
//     to sql.Open, sqlx.Open, Connect and MustOpen, pgx.Connect,
//     pgx.ParseConfig, pgxpool.New and pgxpool.ParseConfig (URL, key=value
//     and go-sql-driver/mysql forms are parsed), an Authorization, Cookie or
//     API-key header set on an outgoing request (not on w.Header()), the
//     password of (*http.Request).SetBasicAuth, the secret and session token
//     of credentials.NewStaticCredentialsProvider, the Password of go-redis
//     options, and os.Setenv of a secret-named variable (category
//     hardcoded-credential);
//   - string literals assigned to constants, variables, fields and map
//     keys whose name says they hold a credential (category
//     secret-literal). Names are judged by their words and their last
//     noun: dbPassword, DB_PASS, clientSecret, githubToken, apiKey,
//     X-Api-Key and AWS_SECRET_ACCESS_KEY are secrets; tokenURL,
//     passwordField, passwordMinLength, secretName (the name of a secret
//     in a secret manager), keyID, tokenType and the pagination and
//     idempotency tokens of AWS APIs (NextToken, ClientToken) are not.
//     Values that cannot be credentials are left alone: empty strings,
//     messages, names of environment variables, templates and format
//     strings, paths, URLs without a password, placeholders such as
//     "changeme" or "<token>", names of fields and headers ("password",
//     "x-api-key") and labels made of the name's own words, as in an
//     enumeration of kinds of keys (SigningKey = "signing");
//   - string literals in a well-known credential format, wherever they
//     are: AWS access key ids (AKIA and ASIA, except AWS's documentation
//     keys ending in EXAMPLE), PEM private keys, GitHub, GitLab, Slack and
//     Stripe live tokens, Google API keys and JWTs (category key-format);
//   - a JWT or HMAC key read from the environment (os.Getenv,
//     os.LookupEnv, or a helper of another package that returns an
//     environment value) that reaches the signing or verification key with
//     no check that it is set: an empty HMAC key signs and verifies, so a
//     missing variable turns authentication off silently (category
//     unchecked-env). A check is a LookupEnv whose ok result is used, or a
//     comparison of the value or its length with a constant whose
//     non-empty branch leads to the key or whose empty branch fails
//     (returns an error, panics, calls log.Fatal or os.Exit), at init, in
//     main, in the handler or in a helper that returns the value only when
//     it is set. Other sinks fail loudly when their secret is empty (a
//     connection or a request is refused) and are not reported.
//
// Each finding is reported once: a literal reported at its sink is not
// reported again for its name or its format.
//
// # Examples
//
// A signing key in the source, and an environment key never checked:
//
//	var signingKey = []byte("s3cr3t-signing-key") // hard-coded secret in signingKey
//
//	func sign(claims jwt.MapClaims) (string, error) {
//		key := os.Getenv("JWT_SECRET")
//		return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key)) // JWT signing key from os.Getenv("JWT_SECRET") is not checked to be set
//	}
//
// Read the key once at cold start and fail when it is missing:
//
//	var signingKey = mustEnv("JWT_SECRET")
//
//	func mustEnv(name string) []byte {
//		v := os.Getenv(name)
//		if v == "" {
//			log.Fatalf("environment variable %s is not set", name)
//		}
//		return []byte(v)
//	}
//
// # Flags
//
// Test files are not checked by default: their keys and passwords are
// fixtures for local servers and fakes. Set -envsecret.tests to check
// them too.
package envsecret
