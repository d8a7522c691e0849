// The inventory service's API, generated from its OpenAPI document by `npm run api-types`: do not edit.

export interface paths {
    "/inventory/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's stock */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as other services return it */
                    product_id: string;
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
                            product_id: string;
                            /** @description units that can be sold now (reserved ones not counted) */
                            quantity: number;
                            /** @description units held for orders awaiting payment */
                            reserved: number;
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
    "/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stock of several products
         * @description One call for a page of products (at most 100). Each product once, in the order first asked; a product inventory has no stock record of is left out (the single read answers 404 for it): it has nothing to sell.
         */
        get: {
            parameters: {
                query: {
                    /** @description comma-separated product ids, at most 100 different ones */
                    product_ids: string;
                };
                header?: never;
                path?: never;
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
                            items: {
                                product_id: string;
                                /** @description units that can be sold now (reserved ones not counted) */
                                quantity: number;
                                /** @description units held for orders awaiting payment */
                                reserved: number;
                            }[];
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
    "/inventory/{product_id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set or adjust a product's stock (admin or service)
         * @description Creates the product's stock record when inventory has none yet. Publishes inventory.updated, and inventory.low when the quantity falls under LOW_STOCK_THRESHOLD.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as other services return it */
                    product_id: string;
                };
                cookie?: never;
            };
            /** @description exactly one of quantity and delta */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description sets the sellable quantity */
                        quantity?: number;
                        /** @description adds to it (negative: removes); never below 0 */
                        delta?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product_id: string;
                            /** @description units that can be sold now (reserved ones not counted) */
                            quantity: number;
                            /** @description units held for orders awaiting payment */
                            reserved: number;
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
    "/reservations/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Hold stock for an order (service)
         * @description All or nothing; idempotent by order id (a repeat with the same items answers the reservation as it is). When a line is short: 409 OUT_OF_STOCK with `lines: [{ product_id, requested, available }]` and nothing held.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as other services return it */
                    order_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @description an id; a number is read as its decimal string */
                            product_id: string | number;
                            quantity: number;
                        }[];
                        /**
                         * Format: date-time
                         * @description when the orders saga gives up on payment
                         */
                        expires_at: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order_id: string;
                            /** @enum {unknown} */
                            status: "held" | "committed" | "released";
                            /** Format: date-time */
                            expires_at: string;
                            items: {
                                product_id: string;
                                quantity: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Release an order's held stock (service)
         * @description Idempotent: 204 also when the reservation is already released, committed (paid goods stay out) or unknown.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as other services return it */
                    order_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
