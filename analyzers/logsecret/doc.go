// Package logsecret defines an Analyzer that reports secrets, and whole
// requests with their headers, written to logs on every invocation.
//
// # Analyzer logsecret
//
// logsecret: report credentials and whole requests written to logs
//
// Function logs go to CloudWatch Logs or Cloud Logging, where they are
// kept for months, read by everyone with access to the account, exported
// to third-party tools, and never rotated. A bearer token or a session
// cookie in a log line is a credential anyone can replay until it expires;
// a password or an API key is one until someone notices. The logsecret
// check reports, in invocation scope (the handler and everything it
// reaches), calls of log, log/slog, fmt.Print* (and fmt.Fprint* to
// os.Stdout or os.Stderr), zap, logrus and zerolog whose arguments carry:
//
//   - a credential header or cookie, by type of source: Header.Get and
//     Header.Values of Authorization, Proxy-Authorization, Cookie,
//     Set-Cookie or a secret-named header (X-Api-Key), an index into an
//     http.Header or into the Headers of an aws-lambda-go event with such
//     a key (in any case), the Value of an *http.Cookie, the password of
//     (*http.Request).BasicAuth, the IdentitySource of an HTTP API
//     authorizer's request (category credential);
//   - JWTs (a parsed golang-jwt *Token, whose Raw field holds the token,
//     the Raw field itself, the result of SignedString), secrets from Secrets Manager (SecretString,
//     SecretBinary) and SSM parameters read by GetParameter with
//     WithDecryption, values of secret-named
//     environment variables, and parameters, fields and local variables of
//     text type named as secrets (password, token, apiKey; see envsecret
//     for the naming rule) (category credential);
//   - whole requests and events with their headers: an *http.Request, an
//     http.Header, an *http.Cookie, an aws-lambda-go request event (one
//     with Headers or MultiValueHeaders maps of strings, or an
//     AuthorizationToken) or its Headers map, formatted with any verb or passed as a
//     structured-logging field, and the output of httputil.DumpRequest and
//     DumpRequestOut (category whole-request).
//
// Values are followed through conversions, concatenation, fmt.Sprint*, json.Marshal,
// the functions of strings and bytes, slog, zap and logrus fields,
// helpers of the package that return them, and exported helpers of other
// packages that return a secret (through facts). A logging helper, in the same
// package or another one (through facts), whose parameter reaches a log
// call is reported where a handler calls it with a secret, and only
// there: not again inside the helper for its parameter's name.
//
// What tells about a secret without being one is not reported: whether a
// header is present (r.Header.Get("Authorization") != "" is a bool), its
// length, the request id, the method, the path, the source IP.
//
// # Examples
//
//	func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
//		log.Printf("request: %+v", req)                              // log.Printf logs the whole APIGatewayProxyRequest with its headers
//		log.Printf("auth: %s", req.Headers["Authorization"])        // log.Printf logs the "Authorization" header
//		...
//	}
//
// Log what identifies the request and what is needed to debug it:
//
//	log.Printf("request %s %s %s auth=%t", req.RequestContext.RequestID, req.HTTPMethod, req.Path,
//		req.Headers["Authorization"] != "")
package logsecret
