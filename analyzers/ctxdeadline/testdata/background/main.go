// Package main is a Lambda API whose helpers start new contexts instead of
// taking the handler's.
package main

import (
	"context"
	"database/sql"
	"log"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var db *sql.DB

type store struct{ db *sql.DB }

// Name is the context-free form of NameContext: it is reported at its
// callers, not for its context.Background.
func (s *store) Name(id string) (string, error) {
	return s.NameContext(context.Background(), id)
}

// NameContext loads the name of a user.
func (s *store) NameContext(ctx context.Context, id string) (string, error) {
	var name string
	err := s.db.QueryRowContext(ctx, `SELECT name FROM users WHERE id = $1`, id).Scan(&name)
	return name, err
}

var users = &store{}

func getUser(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	id := req.PathParameters["id"]
	var email string
	err := db.QueryRowContext(context.TODO(), `SELECT email FROM users WHERE id = $1`, id).Scan(&email) // want `context.TODO\(\) drops the handler's deadline \(getUser\); use the handler's ctx`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 404}, nil
	}
	name, err := users.Name(id) // want `\(\*main.store\).Name ignores the handler's deadline \(getUser\); use NameContext\(ctx, ...\)`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	logins, err := countLogins(id)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	check := func() bool {
		var ok bool
		_ = db.QueryRowContext(context.Background(), `SELECT active FROM users WHERE id = $1`, id).Scan(&ok) // want `context.Background\(\) drops the handler's deadline \(getUser → getUser.func1\); use the handler's ctx`
		return ok
	}
	if !check() {
		return events.APIGatewayV2HTTPResponse{StatusCode: 403}, nil
	}
	go func() {
		// Detached on purpose: the audit write outlives the response.
		if _, err := db.ExecContext(context.Background(), `INSERT INTO audit (user_id) VALUES ($1)`, id); err != nil {
			log.Printf("audit: %v", err)
		}
	}()
	_ = name + email
	_ = logins
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

// countLogins has no ctx in scope: it is told to take the handler's.
func countLogins(id string) (int, error) {
	var n int
	err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM logins WHERE user_id = $1`, id).Scan(&n) // want `context.Background\(\) drops the handler's deadline \(getUser → countLogins\); pass the handler's ctx down to countLogins`
	if err != nil {
		return 0, err
	}
	return n + recentLogins(id), nil
}

// recentLogins bounds its own context: a deliberate choice in a function
// with no context in scope.
func recentLogins(id string) int {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var n int
	_ = db.QueryRowContext(ctx, `SELECT count(*) FROM logins WHERE user_id = $1 AND at > now() - interval '1 day'`, id).Scan(&n)
	return n
}

// purge takes no context: context.Background is all it has.
func purge(ev events.CloudWatchEvent) error {
	_, err := db.ExecContext(context.Background(), `DELETE FROM sessions WHERE expires_at < now()`)
	return err
}

func main() {
	// Init scope: there is no handler context yet.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		log.Fatal(err)
	}
	lambda.Start(getUser)
	lambda.Start(purge)
}
