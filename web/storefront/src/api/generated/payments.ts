// The payments service's API, generated from its OpenAPI document by `npm run api-types`: do not edit.

export interface paths {
    "/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an order by card
         * @description The order must await payment and the amount equal its total. A refused card answers 402 with its code (PAYMENT_DECLINED, INSUFFICIENT_FUNDS, PAYMENT_PROCESSING_ERROR). Honours Idempotency-Key.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key and body answer the same response */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description an id; a number is read as its decimal string */
                        order_id: string | number;
                        /** @description a decimal amount such as 29.99 */
                        amount: number;
                        /** @enum {string} */
                        payment_method: "credit_card";
                        /** @description the card number; used for the charge only, never stored */
                        credit_card_number: string;
                        /** @description MM/YY; checked when given */
                        expiry?: string;
                        /** @description 3 or 4 digits; checked when given, never stored */
                        cvv?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description an id as returned by this API */
                            payment_id: string;
                            /** @description an id as returned by this API */
                            order_id: string;
                            status: "processing" | "succeeded" | "failed" | "refunded";
                            /** @description decimal, in currency units */
                            amount: number;
                            currency: string;
                            /** @description visa, mastercard, amex, discover or unknown */
                            brand: string;
                            last4: string;
                            /** Format: date-time */
                            created_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment (its order's owner, an admin or a service) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as returned by this API */
                    payment_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description an id as returned by this API */
                            payment_id: string;
                            /** @description an id as returned by this API */
                            order_id: string;
                            status: "processing" | "succeeded" | "failed" | "refunded";
                            /** @description decimal, in currency units */
                            amount: number;
                            currency: string;
                            /** @description visa, mastercard, amex, discover or unknown */
                            brand: string;
                            last4: string;
                            /** Format: date-time */
                            created_at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
