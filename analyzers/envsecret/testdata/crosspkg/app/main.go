// Command app passes keys to helpers of other packages.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/golang-jwt/jwt/v5"

	"example.com/fixtures/crosspkg/auth"
	"example.com/fixtures/crosspkg/config"
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		if _, err := auth.Sign(jwt.MapClaims{"sub": m.MessageId}, "shared-signing-key"); err != nil { // want `hard-coded JWT signing key`
			return err
		}
		_ = auth.MAC([]byte("mac-key-0001"), []byte(m.Body)) // want `hard-coded HMAC key`
		_ = auth.NewSigner("ctor-key-0001")                  // want `hard-coded JWT signing key`

		// From the environment through helpers of another package.
		if _, err := auth.Sign(jwt.MapClaims{}, config.Env("JWT_SECRET")); err != nil { // want `JWT signing key from config.Env\("JWT_SECRET"\) is not checked`
			return err
		}
		if _, err := auth.Sign(jwt.MapClaims{}, config.MustEnv("JWT_SECRET")); err != nil {
			return err
		}
		key, err := config.Required("JWT_SECRET")
		if err != nil {
			return err
		}
		if _, err := auth.Sign(jwt.MapClaims{}, key); err != nil {
			return err
		}
		_ = auth.Label("not-a-secret-label")
	}
	return nil
}

func main() { lambda.Start(handle) }
