"""Names the published app's generated code and the publish pipeline must agree on.

The pipeline sets these environment variables on the deployment and registers the webhook
route with the platform; the generated code reads and serves exactly these (a unit test reads
the generated files to keep the two from drifting apart).
"""

from __future__ import annotations

from typing import Final

API_URL_VAR: Final = "L4Y_API_URL"
API_KEY_VAR: Final = "L4Y_API_KEY"
WEBHOOK_SECRET_VAR: Final = "L4Y_WEBHOOK_SECRET"
BUILDER_MODE_VAR: Final = "NEXT_PUBLIC_BUILDER_MODE"  # "true" only in the builder's Live preview
WEBHOOK_PATH: Final = "/api/l4y/webhooks"
FORM_SUBMIT_PATH: Final = "/api/l4y/forms/{id}"
CHECKOUT_PATH: Final = "/api/l4y/checkout/{id}"
SIGNATURE_HEADER: Final = "L4y-Signature"
