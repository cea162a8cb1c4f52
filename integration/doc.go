// Package integration keeps the fixture stubs of ../testdata/stubs honest.
//
// It is its own module, with the real modules the stubs stand for
// (aws-lambda-go, functions-framework-go, cloudevents, pgx, jwt, gin, echo,
// fiber, aws-sdk-go-v2 and its service modules, sqlx, gorm, go-redis, zap,
// logrus, zerolog, uuid, pq, validator, backoff, mongo-driver, grpc) as
// requirements and a real go.sum. Its tests check that every declaration of every stub package
// is declared the same way by the real package (TestStubsMatchRealModules),
// and that every analyzer's fixtures give the same findings when they are
// built against the real modules instead of the stubs
// (TestFixturesOnRealModules).
//
// Run it with
//
//	cd integration && go test ./...
//
// It needs the module proxy (or a filled module cache) once.
package integration
