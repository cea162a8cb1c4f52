// Package jwtverify defines an Analyzer that reports JSON Web Tokens
// trusted without verification, verified without a pinned signing method,
// used before their validity is checked, or accepted without an expiry.
//
// # Analyzer jwtverify
//
// jwtverify: report unverified, algorithm-confusable and unchecked JWTs
//
// A bearer token is only as good as its verification. The jwtverify check
// knows golang-jwt v5 and v4 (github.com/golang-jwt/jwt/v5, /v4), its
// predecessors github.com/dgrijalva/jwt-go and github.com/golang-jwt/jwt
// (v3), and go-jose's jwt package (v2, v3, v4), and reports four kinds of
// findings, each with its own category. They are bugs wherever they are,
// so the check reports them in all the code of the module, not only in
// handlers and what they call.
//
// unverified: the claims of a token parsed with (*jwt.Parser).ParseUnverified,
// or decoded with go-jose's (*jwt.JSONWebToken).UnsafeClaimsWithoutVerification,
// decide something: they flow into a condition (if claims["role"] ==
// "admin", a subject compared, a user looked up and its error tested), or
// into the response of an API Gateway authorizer (its principal, policy,
// context or IsAuthorized). Anyone can write those claims. The flow is
// followed through conversions, fields, map and slice elements, calls of
// the package (arguments, results, closures), and across packages through
// facts on functions that return unverified tokens or claims. The finding
// is reported at the parse, with the decision as related information.
// Reading the header of an unverified token (kid, alg) to pick a key is
// not reported, nor is anything in a function that also verifies a token
// (the usual "read the issuer, then verify with its key" pattern), nor
// claims that are only logged. Behind an API Gateway JWT or Cognito
// authorizer, read the verified claims from the request context
// (RequestContext.Authorizer) instead of parsing the header again.
//
// algorithm: jwt.Parse, jwt.ParseWithClaims or the same methods of a
// jwt.Parser verify with whatever signing method the token's alg header
// names, unless the parser is given jwt.WithValidMethods (Parser.ValidMethods
// for dgrijalva/jwt-go) or the key func checks token.Method. A key func that
// returns an HMAC secret for a token that asks for HS256, or an RSA public
// key in PEM bytes that an attacker uses as an HMAC secret, accepts forged
// tokens. The key func counts as checking when it type-asserts token.Method
// (the ok result used, or no ok result: a mismatch panics), compares
// token.Method, token.Method.Alg() or the alg header, or passes them to a
// predicate (slices.Contains); key funcs of other packages and key funcs
// returned by constructors are judged through facts. Options built out of
// sight (opts...), parsers and key funcs that come from fields or
// parameters are not judged. Nor is a key func whose keys all have a
// static type other than []byte (an *rsa.PublicKey, an *ecdsa.PublicKey):
// the HMAC methods reject such a key, so no token can be forged with it.
//
// unchecked: the claims of a token from jwt.Parse or ParseWithClaims (or
// the claims value passed to ParseWithClaims) are read on a path that
// checks neither the error of the parse nor token.Valid. A parse that
// fails still returns the token and fills the claims: an expired or forged
// token's claims are then used as if verified. In golang-jwt v4 and v5 and
// in dgrijalva/jwt-go, a nil error implies token.Valid, so either check is
// enough; a branch that does not return (if err != nil { log.Print(err) })
// is no check. Branches that end in os.Exit, log.Fatal or panic count as
// returning. Only uses in the function that parses are followed.
//
// expiry: a golang-jwt v5 jwt.Parse, jwt.ParseWithClaims or jwt.NewParser
// without jwt.WithExpirationRequired(). v5 rejects an expired exp claim but
// accepts a token with no exp at all, which never expires. This is the
// milder finding; it has a suggested fix that adds the option. A parser
// used only for ParseUnverified is not reported, nor one kept in an
// unexported package variable that is only read to call ParseUnverified.
//
// Code in _test.go files is not checked: tests parse the tokens they
// minted themselves.
//
// # Examples
//
// The claims of an unverified token decide access:
//
//	token, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{}) // ... decides access with claims whose signature is never checked
//	if err != nil {
//		return unauthorized()
//	}
//	if token.Claims.(jwt.MapClaims)["role"] != "admin" {
//		return forbidden()
//	}
//
// Verify it, pin the methods and require an expiry:
//
//	claims := &Claims{}
//	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) {
//		return secret, nil
//	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
//	if err != nil {
//		return unauthorized()
//	}
//	if claims.Role != "admin" {
//		return forbidden()
//	}
//
// # Flags
//
// require-expiry (default true) reports the expiry findings; set it to
// false when the tokens you accept are short-lived by construction (for
// example, minted by your own code with an exp you control) and you do not
// want to require the claim:
//
//	fnlint -jwtverify.require-expiry=false ./...
package jwtverify
