// Package names holds literals assigned to names that say they hold a
// credential, and names that only mention one.
package names

import "github.com/aws/aws-lambda-go/events"

const dbPassword = "Tr0ub4dor&3" // want `hard-coded secret in dbPassword; read it from the environment or a secret manager`

const (
	DB_PASS       = "orders-db-pass-1" // want `hard-coded secret in DB_PASS`
	stripeAPIKey  = "rk_test_51Hx0000" // want `hard-coded secret in stripeAPIKey`
	webhookSecret = "whsec_8f2a9c1d"   // want `hard-coded secret in webhookSecret`
)

var signingKey = []byte("s3cr3t-signing-key") // want `hard-coded secret in signingKey`

// Config is the configuration of the orders service.
type Config struct {
	Region       string
	ClientSecret string
	Password     string
}

func defaultConfig() Config {
	return Config{
		Region:       "eu-west-1",
		ClientSecret: "a1b2c3d4e5f6", // want `hard-coded secret in ClientSecret`
	}
}

func headers() map[string]string {
	return map[string]string{
		"Content-Type": "application/json",
		"X-Api-Key":    "k-7731-aa90", // want `hard-coded secret in X-Api-Key`
	}
}

func handle(req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg := defaultConfig()
	cfg.Password = "hunter22"  // want `hard-coded secret in Password`
	githubToken := "ghs_short" // want `hard-coded secret in githubToken`
	_ = githubToken
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: cfg.Region}, nil
}
