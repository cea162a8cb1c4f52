// Package coldstart defines an Analyzer that reports work done on every
// invocation of a function handler that is the same every time.
//
// # Analyzer coldstart
//
// coldstart: report work that is the same on every invocation done in invocation scope
//
// A function instance serves many invocations after its cold start. Work
// whose result depends only on constants — compiling a regular expression,
// parsing a template, reading a file shipped with the function, parsing a
// key or certificate written in the code — gives the same result on every
// invocation: done in the handler, it is paid again on each one, adds
// latency and allocations, and turns an error that could fail the cold
// start into one that fails requests. The coldstart check reports such
// work in invocation scope (a handler and everything it reaches, across
// packages, as the handlers pass defines it), with the call path from the
// handler:
//
//   - regexp.MustCompile, Compile and their POSIX forms of a constant
//     pattern; regexp.MatchString, Match and MatchReader with a constant
//     pattern, which compile it on every call (category regexp);
//   - text/template and html/template: Parse of constant text, ParseFiles,
//     ParseGlob and ParseFS of constant names or patterns, as functions or
//     methods (category template);
//   - os.ReadFile and ioutil.ReadFile of a constant path; paths under /tmp,
//     /proc, /sys, /dev, /run, /var/run and /mnt are not reported, since
//     those files change while an instance lives (category file);
//   - pem.Decode, the x509 Parse functions (certificates, PKCS#1, PKCS#8,
//     PKIX, EC keys), CertPool.AppendCertsFromPEM and tls.X509KeyPair of
//     constant data, and the jwt/v5 Parse*FromPEM functions (category key);
//   - strings.NewReplacer of constant strings (category replacer);
//   - time.LoadLocation of a constant name, which reads the time zone
//     database on every call; "UTC" and "Local" are not reported, they
//     read nothing (category location).
//
// A constant is a Go constant (a literal, a named constant, a constant
// expression) or its conversion to []byte; every variadic argument must be
// one. Work done in init scope (package variables, init, main before the
// registration, constructors called from there, sync.Once, OnceFunc,
// OnceValue and OnceValues bodies) is not reported, nor lazy
// initialisation (if re == nil { re = regexp.MustCompile(...) }: it runs
// once per instance; its race is the sharedstate check's business), nor
// work on values that come from the event.
//
// # Suggested fixes
//
// A constant regexp.MustCompile or strings.NewReplacer in a handler's own
// package is moved to a package-level variable. When it is the whole
// declaration "re := regexp.MustCompile(...)" of a variable that is never
// assigned again, the declaration itself moves ("var re = ..."); otherwise
// the call is replaced by a new variable named after the enclosing function
// (validateRE, handleReplacer). regexp.Compile is moved as MustCompile only
// when the check compiled the pattern itself, and only in the form
// "re, err := regexp.Compile(...)" followed by "if err != nil { ... }",
// which is removed with it. No fix is offered when the call refers to a
// local name, or the name is taken. Templates, files and keys have no
// automatic fix: where to keep the result (and whether to embed the file)
// is a choice.
//
// # Examples
//
// The pattern is compiled on every request:
//
//	func Handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
//		re := regexp.MustCompile(`^[a-z0-9-]{1,64}$`) // regexp.MustCompile of a constant runs on every invocation (Handle); compile it once in a package-level variable
//		if !re.MatchString(req.PathParameters["id"]) {
//			return badRequest("invalid id"), nil
//		}
//		...
//	}
//
// Compile it once per cold start:
//
//	var re = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)
//
//	func Handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
//		if !re.MatchString(req.PathParameters["id"]) {
//			return badRequest("invalid id"), nil
//		}
//		...
//	}
package coldstart
