// Package clients builds SDK and Redis clients with credentials.
package clients

import (
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/redis/go-redis/v9"
)

func staticCreds() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider("AKIAZ7Q3RT5UVW2XY4AB", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9x8y7w6v", "") // want `hard-coded AWS secret access key`
}

func cache() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "cache.internal:6379", Password: "r3d1s-pass"}) // want `hard-coded Redis password`
}

func newCache(password string) *redis.Client { // want newCache:`sinkParams\(0:Redis password\)`
	return redis.NewClient(&redis.Options{Addr: "cache.internal:6379", Password: password})
}

func sessions() *redis.Client { return newCache("sessions-pass-01") } // want `hard-coded Redis password`

// From the environment and from the SDK's own chain: quiet.
func envCreds() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "")
}

func envCache() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), Password: os.Getenv("REDIS_PASSWORD")})
}

// A local Redis with no password, and AWS's documentation key pair.
func localCache() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "localhost:6379", Password: ""})
}

func docCreds() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "")
}

var _ = []any{staticCreds, cache, sessions, envCreds, envCache, localCache, docCreds}
