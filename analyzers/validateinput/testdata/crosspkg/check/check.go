// Package check holds the validation of requests.
package check

import (
	"errors"
	"strings"
)

// Transfer is a transfer between two accounts.
type Transfer struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Amount int64  `json:"amount"`
}

// ValidTransfer validates a transfer.
func ValidTransfer(t *Transfer) error { // want ValidTransfer:`input\(validates\(0\)\)`
	if t.From == "" || t.To == "" || t.From == t.To {
		return errors.New("from and to must be two accounts")
	}
	if t.Amount <= 0 {
		return errors.New("amount must be positive")
	}
	return nil
}

// Normalize trims the account names; it checks nothing.
func Normalize(t *Transfer) error {
	t.From = strings.TrimSpace(t.From)
	t.To = strings.TrimSpace(t.To)
	return nil
}
