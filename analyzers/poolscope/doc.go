// Package poolscope defines an Analyzer that reports clients and pools
// created on every invocation of a function handler, and connections and
// rows acquired and not released.
//
// # Analyzer poolscope
//
// poolscope: report clients and pools created per invocation, and connections and rows not released
//
// A function instance serves many invocations after its cold start.
// Database pools, SDK clients and HTTP transports hold connections, TLS
// sessions, credentials and caches meant to be shared by those
// invocations: created in the handler, each invocation pays the dial, the
// TLS handshake and the credential resolution again, and leaves
// connections behind until the database refuses new ones. The poolscope
// check reports their creation in invocation scope (a handler and what it
// reaches, through helpers, method values, closures and across packages,
// as the handlers pass defines it), with the call path from the handler:
//
//   - database pools and connections (category database): database/sql
//     Open and OpenDB; sqlx Open, MustOpen, Connect, MustConnect,
//     ConnectContext; pgx Connect* and pgxpool New* (v5; Connect in v4);
//     gorm Open; and a function of a dependency named Open... that returns
//     a *sql.DB, the instrumented wrappers of sql.Open (otelsql.Open,
//     dd-trace's sqltrace.Open, pgx's stdlib.OpenDB), whose bodies fnlint
//     does not analyse;
//   - cloud SDK configurations and clients (category sdk):
//     aws-sdk-go-v2 config.LoadDefaultConfig and every service client
//     constructor, recognised by its signature in a package under
//     github.com/aws/aws-sdk-go-v2/service/: a first parameter aws.Config
//     (NewFromConfig) or the package's own options struct followed by
//     ...func(*Options) (New), and a pointer to a type of the package as
//     result; aws-sdk-go v1 session.New, NewSession and
//     NewSessionWithOptions, and service constructors taking a
//     client.ConfigProvider; Google Cloud constructors: a function of a
//     package under cloud.google.com/go/, google.golang.org/api/ or
//     firebase.google.com/go whose first parameter is a context.Context,
//     whose last is ...option.ClientOption, and whose result is a pointer
//     to a type of its package (storage.NewClient, firestore.NewClient,
//     pubsub.NewClient, secretmanager.NewClient, firebase.NewApp);
//   - Redis, MongoDB and gRPC clients (category client): go-redis v9 and
//     v8 New* functions returning a client or a ring, mongo Connect (and
//     NewClient in v1), grpc Dial, DialContext and NewClient;
//   - HTTP transports (category http): an http.Transport composite
//     literal, new(http.Transport), Transport.Clone. An http.Client is not
//     reported for itself: a client with no Transport uses
//     http.DefaultTransport, whose connections are pooled across
//     invocations, so &http.Client{Timeout: 5 * time.Second} in a handler
//     costs a few words; a client given a new transport is reported at the
//     transport.
//
// Creation in init scope is not reported: package variables, init, main
// before the registration of the handler, constructors called from there
// (lambda.Start(newHandler(db))), and sync.Once, OnceFunc, OnceValue and
// OnceValues bodies. Nor is lazy initialisation, a creation under a nil
// check of the package variable or field it is stored into
// (if client == nil { client = s3.NewFromConfig(cfg) }): it runs once per
// instance, and its race is the sharedstate check's business.
//
// The check also reports, in every function (category release), what is
// acquired and not released on some path to a return:
//
//   - a pgxpool.Conn from Pool.Acquire not released (Release, or Hijack);
//   - a sql.Conn from DB.Conn (or sqlx.DB.Connx) not closed;
//   - rows from Query and QueryContext of database/sql, Queryx, NamedQuery
//     and friends of sqlx, Query of pgx, not closed.
//
// Rows are closed by Close and also when Next returns false, in
// database/sql and in pgx alike: a "for rows.Next()" loop that runs to its
// end releases them, while a return or break inside the loop, or a single
// "if rows.Next()", leaks the connection. Paths where the acquisition
// failed (err != nil, or a nil value) hold nothing. A value that leaves
// the function (returned, stored, captured by a closure, passed to a
// function such as pgx.CollectRows, which closes the rows) is the
// receiver's business and is not reported.
//
// # Examples
//
// The pool and the client are created on every request:
//
//	func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
//		pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // pgxpool.New runs on every invocation (handle); open the pool once at init and share it
//		if err != nil {
//			return serverError(err), nil
//		}
//		defer pool.Close()
//		...
//	}
//
// Create them once per cold start:
//
//	var pool *pgxpool.Pool
//
//	func main() {
//		var err error
//		pool, err = pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
//		if err != nil {
//			log.Fatal(err)
//		}
//		lambda.Start(handle)
//	}
//
// Rows left open on an early return:
//
//	rows, err := db.QueryContext(ctx, "SELECT id FROM orders WHERE customer = $1", id) // rows of sql.DB.QueryContext are not closed on every path; defer rows.Close() after checking the error
//	if err != nil {
//		return nil, err
//	}
//	for rows.Next() {
//		if err := rows.Scan(&o.ID); err != nil {
//			return nil, err // the rows stay open
//		}
//	}
package poolscope
