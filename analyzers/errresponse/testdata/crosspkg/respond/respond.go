package respond // want package:"errresponse\\(analyzed\\)"

// respond writes answers for the handlers of another package.

import (
	"log"
	"net/http"
)

// Error answers status with msg as the body.
func Error(w http.ResponseWriter, status int, msg string) { // want Error:`sinks=\[\{2 1 0\}\]`
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	w.Write([]byte(msg))
}

// Internal logs err and answers a generic 500.
func Internal(w http.ResponseWriter, err error) { // want Internal:`5xx=500 logs=\[1\]`
	log.Printf("internal error: %v", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// Unavailable answers 503.
func Unavailable(w http.ResponseWriter, reason string) { // want Unavailable:`sinks=\[\{1 -1 503\}\] 5xx=503`
	http.Error(w, reason, http.StatusServiceUnavailable)
}

// JSONMessage answers a JSON message it formats itself.
func JSONMessage(w http.ResponseWriter, msg string) { // want JSONMessage:`sinks=\[\{1 -1 -1\}\]`
	w.Write([]byte(`{"message":"` + msg + `"}`)) // want `JSON response body built by string formatting`
}
