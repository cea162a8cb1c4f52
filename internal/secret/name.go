// Package secret decides what is a secret for the envsecret and logsecret
// checks: names of identifiers, environment variables and headers that
// hold credentials, string values in well-known credential formats, DSNs
// with a password, and the calls that read secrets (os.Getenv of a
// secret-named variable, Secrets Manager and SSM).
package secret

import (
	"strings"
	"unicode"
)

// Words splits a name into lower-case words at case changes, digits
// boundaries and the separators _ - . and space: "dbPassword" → [db
// password], "DB_PASSWORD" → [db password], "X-Api-Key" → [x api key],
// "tokenURL" → [token url], "JWTSecret" → [jwt secret].
func Words(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			// dbPassword: a new word at the upper-case letter.
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsDigit(prev):
			flush(i)
			start = i
		case unicode.IsLower(r) && unicode.IsUpper(prev) && i-1 > start:
			// JWTSecret: the last upper-case letter starts the new word.
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(rs))
	return words
}

// secretNouns are final words that name a credential by themselves.
var secretNouns = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "pass": true, "passphrase": true,
	"secret": true, "token": true, "credential": true, "credentials": true, "creds": true,
	"apikey": true, "privatekey": true, "secretkey": true, "accesstoken": true, "authtoken": true,
}

// keyQualifiers are the words that, anywhere before a final "key", make it
// a credential: apiKey, privateKey, AWS_SECRET_ACCESS_KEY, hmacKey. An
// accessKey alone or an encryptionKeyID is not: the first names an
// identifier in most SDKs, the second ends with a noun that is not a key.
var keyQualifiers = map[string]bool{
	"api": true, "secret": true, "private": true, "signing": true, "sign": true,
	"hmac": true, "jwt": true, "encryption": true, "master": true, "auth": true,
	"client": true, "session": true, "webhook": true, "license": true,
}

// publicTokens are words that, right before a final "token", make it a
// marker rather than a credential: AWS NextToken and ClientToken
// (pagination and idempotency), page tokens, continuation tokens.
var publicTokens = map[string]bool{
	"next": true, "page": true, "continuation": true, "pagination": true,
	"cursor": true, "idempotency": true, "client": true, "sync": true,
	"start": true, "marker": true, "resume": true, "cancellation": true,
}

// IsSecretName reports whether a name (of a variable, constant, field,
// parameter, environment variable, header or map key) says it holds a
// credential. The rule goes by words and by the final noun: the name is a
// secret when its last word is a secret noun (dbPassword, DB_PASS,
// clientSecret, githubToken, awsCredentials), or when it ends with "key"
// after a qualifier (apiKey, X-Api-Key, privateKey,
// AWS_SECRET_ACCESS_KEY). Names whose last word is something else only
// mention a secret (tokenURL, passwordField, passwordMinLength,
// secretName, keyID, tokenType), names that say something about a
// credential (Access-Control-Allow-Credentials, requirePassword, hasToken)
// are switches, and pagination and idempotency tokens
// (NextToken, ClientToken) are markers, not credentials.
func IsSecretName(name string) bool {
	words := Words(name)
	n := len(words)
	if n == 0 {
		return false
	}
	for _, w := range words[:n-1] {
		if flagWords[w] {
			return false
		}
	}
	last := words[n-1]
	switch {
	case last == "key":
		for _, w := range words[:n-1] {
			if keyQualifiers[w] {
				return true
			}
		}
		return false
	case last == "token" || last == "tokens":
		return n == 1 || !publicTokens[words[n-2]]
	case last == "secrets":
		return true
	}
	return secretNouns[last]
}

// flagWords are words that, before the final noun, make a name a switch
// or a policy about a credential rather than a credential:
// Access-Control-Allow-Credentials, requirePassword, hasToken,
// useCredentials.
var flagWords = map[string]bool{
	"allow": true, "allowed": true, "require": true, "required": true, "requires": true,
	"use": true, "uses": true, "has": true, "have": true, "is": true, "with": true,
	"without": true, "no": true, "skip": true, "enable": true, "enabled": true, "disable": true,
	"disabled": true, "should": true, "can": true, "must": true, "need": true, "needs": true,
}

// IsSecretHeader reports whether an HTTP header carries a credential:
// Authorization, Proxy-Authorization, Cookie, Set-Cookie, and headers
// with a secret name (X-Api-Key, X-Auth-Token). Case does not matter.
func IsSecretHeader(name string) bool {
	switch strings.ToLower(name) {
	case "authorization", "proxy-authorization", "cookie", "set-cookie":
		return true
	}
	return IsSecretName(name)
}
