package store

import (
	"crypto/hmac"
	"crypto/sha256"
)

// config is what the function reads from its environment at start.
type config struct {
	WebhookSecret string
}

// signer signs webhook payloads with the secret of cfg, as
// examples/local's build does; the tests build a config with a fixture.
func signer(cfg config, payload []byte) []byte {
	mac := hmac.New(sha256.New, []byte(cfg.WebhookSecret))
	mac.Write(payload)
	return mac.Sum(nil)
}
