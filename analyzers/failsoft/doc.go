// Package failsoft defines an Analyzer that reports response functions
// that do not fail soft.
//
// # Analyzer failsoft
//
// failsoft: report response functions that do not return the original response when they fail
//
// A response function (an fn.ResponseFunc of the fn runtime, or a function
// marked //fnlint:handler response) enhances the response of a request
// function: it adds headers, metadata, a transformation of the body. The
// request was already answered; an enhancement that fails must not turn a
// good answer into a broken one. So on every path where something failed,
// a response function returns the response it was given, unchanged, and
// never panics on a body it did not expect.
//
// The failsoft check reports, in each response function:
//
//   - failure: a return, on a branch only taken when something failed
//     (an error compared with nil, the ok of a comma-ok type assertion, map
//     lookup or receive found false), whose response is not the original
//     response parameter: nil, a zero or new response, or another value.
//     Returning the original response with the error is the contract of
//     fn.ResponseFunc: fn.Enhance logs the error and sends the original
//     response. Returning it with a nil error is accepted too (the
//     function chose not to enhance). The suggested fix replaces the
//     response with the parameter, when the function never assigns it.
//   - recover: a deferred function that recovers a panic and sets the
//     named response result to anything but the original response.
//   - panic: a single-result type assertion (m["id"].(string)) or an index
//     of a slice with no dominating length check, on data decoded from a
//     parameter with encoding/json (json.Unmarshal, a json.Decoder): a
//     body of an unexpected shape makes them panic.
//
// fn.Enhance gives a response function a copy of the response and
// recovers its panics, so the original answer survives even so; the check
// holds response functions to the contract they are written against
// rather than to the safety net, because they also run under other
// wrappers and in tests, and a panic or a dropped response there is a
// real failure. Changes made to the response before a failure are not
// reported: under fn.Enhance they are made to a copy.
//
// Only the response function itself is checked, with the closures it
// defers; helpers it calls are not followed.
//
// # Examples
//
// This response function answers a body it cannot parse with an error
// response of its own, and trusts the body's shape:
//
//	func AddMeta(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
//		var obj map[string]any
//		if err := json.Unmarshal(resp.Body, &obj); err != nil {
//			return fn.Text(500, "bad body"), nil // response function AddMeta returns a new response after an error; return the original response resp ...
//		}
//		id := obj["id"].(string) // response function AddMeta: type assertion string on the decoded body panics on a malformed body; ...
//		// ...
//	}
//
// Return the original response when anything fails:
//
//	func AddMeta(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
//		var obj map[string]any
//		if err := json.Unmarshal(resp.Body, &obj); err != nil {
//			return resp, err
//		}
//		id, ok := obj["id"].(string)
//		if !ok {
//			return resp, errors.New("the body has no string id")
//		}
//		// ...
//	}
package failsoft
