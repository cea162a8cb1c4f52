package store

import "testing"

const webhookSecret = "0123456789abcdef0123456789abcdef"

// TestSigner sets the field from a fixture: the field's only store is in
// a test, which is not the function's secret.
func TestSigner(t *testing.T) {
	if len(signer(config{WebhookSecret: webhookSecret}, []byte("{}"))) != 32 {
		t.Fatal("short MAC")
	}
}
