// The orders service's API, generated from its OpenAPI document by `npm run api-types`: do not edit.

export interface paths {
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders, newest first (the caller's; every order for an admin) */
        get: {
            parameters: {
                query: {
                    limit: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    status?: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                    /** @description admin or service only; a customer always sees their own */
                    user_id?: string;
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
                                /** @description an id as returned by this API */
                                order_id: string;
                                /** @description an id as returned by this API */
                                user_id: string;
                                /** @enum {unknown} */
                                status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                                items: {
                                    /** @description an id as returned by this API */
                                    product_id: string;
                                    name: string;
                                    quantity: number;
                                    /** @description a decimal amount such as 29.99 */
                                    unit_price: number;
                                    /** @description a decimal amount such as 29.99 */
                                    line_total: number;
                                }[];
                                /** @description a decimal amount such as 29.99 */
                                subtotal: number;
                                /** @description a decimal amount such as 29.99 */
                                shipping: number;
                                /** @description a decimal amount such as 29.99 */
                                tax: number;
                                /** @description a decimal amount such as 29.99 */
                                total: number;
                                currency: string;
                                shipping_address: {
                                    name: string;
                                    line1: string;
                                    line2?: string;
                                    city: string;
                                    postal_code: string;
                                    /** @description ISO 3166-1 alpha-2 code, such as US */
                                    country: string;
                                } | null;
                                /**
                                 * @description standard (default) or express
                                 * @enum {unknown}
                                 */
                                shipping_method: "standard" | "express";
                                /** Format: date-time */
                                expires_at: string;
                                payment_id: string | null;
                                tracking_number: string | null;
                                cancel_reason: string | null;
                                history: {
                                    /** @enum {unknown} */
                                    status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                                    /** Format: date-time */
                                    at: string;
                                    note: string | null;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Place an order
         * @description Prices the lines at the catalog, quotes shipping, reserves stock and answers the order awaiting payment; 409 OUT_OF_STOCK (with the short lines) when stock is short, and the order is then rejected. A customer orders for themself; an admin or a service for any user_id.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key and body answer the same response, however often and concurrently sent; another body with it is 409 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description items, or productId (+ quantity, default 1), or from_cart: true */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description an id; a number is read as its decimal string */
                        user_id?: string | number;
                        /** @description an id; a number is read as its decimal string */
                        userId?: string | number;
                        items?: {
                            /** @description an id; a number is read as its decimal string */
                            product_id: string | number;
                            quantity: number;
                        }[];
                        /** @description an id; a number is read as its decimal string */
                        product_id?: string | number;
                        /** @description an id; a number is read as its decimal string */
                        productId?: string | number;
                        quantity?: number;
                        /** @description order the lines of the user's cart */
                        from_cart?: boolean;
                        shipping_address?: {
                            name: string;
                            line1: string;
                            line2?: string;
                            city: string;
                            postal_code: string;
                            /** @description ISO 3166-1 alpha-2 code, such as US */
                            country: string;
                        };
                        /**
                         * @description standard (default) or express
                         * @enum {unknown}
                         */
                        shipping_method?: "standard" | "express";
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
                            order_id: string;
                            /** @description an id as returned by this API */
                            user_id: string;
                            /** @enum {unknown} */
                            status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                            items: {
                                /** @description an id as returned by this API */
                                product_id: string;
                                name: string;
                                quantity: number;
                                /** @description a decimal amount such as 29.99 */
                                unit_price: number;
                                /** @description a decimal amount such as 29.99 */
                                line_total: number;
                            }[];
                            /** @description a decimal amount such as 29.99 */
                            subtotal: number;
                            /** @description a decimal amount such as 29.99 */
                            shipping: number;
                            /** @description a decimal amount such as 29.99 */
                            tax: number;
                            /** @description a decimal amount such as 29.99 */
                            total: number;
                            currency: string;
                            shipping_address: {
                                name: string;
                                line1: string;
                                line2?: string;
                                city: string;
                                postal_code: string;
                                /** @description ISO 3166-1 alpha-2 code, such as US */
                                country: string;
                            } | null;
                            /**
                             * @description standard (default) or express
                             * @enum {unknown}
                             */
                            shipping_method: "standard" | "express";
                            /** Format: date-time */
                            expires_at: string;
                            payment_id: string | null;
                            tracking_number: string | null;
                            cancel_reason: string | null;
                            history: {
                                /** @enum {unknown} */
                                status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            code: string;
                            detail?: string;
                            instance?: string;
                        } & {
                            [key: string]: unknown;
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
    "/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order (its owner, an admin or a service; others 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as returned by this API */
                    order_id: string;
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
                            order_id: string;
                            /** @description an id as returned by this API */
                            user_id: string;
                            /** @enum {unknown} */
                            status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                            items: {
                                /** @description an id as returned by this API */
                                product_id: string;
                                name: string;
                                quantity: number;
                                /** @description a decimal amount such as 29.99 */
                                unit_price: number;
                                /** @description a decimal amount such as 29.99 */
                                line_total: number;
                            }[];
                            /** @description a decimal amount such as 29.99 */
                            subtotal: number;
                            /** @description a decimal amount such as 29.99 */
                            shipping: number;
                            /** @description a decimal amount such as 29.99 */
                            tax: number;
                            /** @description a decimal amount such as 29.99 */
                            total: number;
                            currency: string;
                            shipping_address: {
                                name: string;
                                line1: string;
                                line2?: string;
                                city: string;
                                postal_code: string;
                                /** @description ISO 3166-1 alpha-2 code, such as US */
                                country: string;
                            } | null;
                            /**
                             * @description standard (default) or express
                             * @enum {unknown}
                             */
                            shipping_method: "standard" | "express";
                            /** Format: date-time */
                            expires_at: string;
                            payment_id: string | null;
                            tracking_number: string | null;
                            cancel_reason: string | null;
                            history: {
                                /** @enum {unknown} */
                                status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
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
    "/orders/{order_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an order to another status (admin or service)
         * @description Only allowed transitions: pending -> awaiting_payment | rejected | cancelled; awaiting_payment -> paid | cancelled; paid -> shipped | cancelled; shipped -> delivered. Anything else is 409 INVALID_TRANSITION.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as returned by this API */
                    order_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
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
                            /** @description an id as returned by this API */
                            order_id: string;
                            /** @description an id as returned by this API */
                            user_id: string;
                            /** @enum {unknown} */
                            status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                            items: {
                                /** @description an id as returned by this API */
                                product_id: string;
                                name: string;
                                quantity: number;
                                /** @description a decimal amount such as 29.99 */
                                unit_price: number;
                                /** @description a decimal amount such as 29.99 */
                                line_total: number;
                            }[];
                            /** @description a decimal amount such as 29.99 */
                            subtotal: number;
                            /** @description a decimal amount such as 29.99 */
                            shipping: number;
                            /** @description a decimal amount such as 29.99 */
                            tax: number;
                            /** @description a decimal amount such as 29.99 */
                            total: number;
                            currency: string;
                            shipping_address: {
                                name: string;
                                line1: string;
                                line2?: string;
                                city: string;
                                postal_code: string;
                                /** @description ISO 3166-1 alpha-2 code, such as US */
                                country: string;
                            } | null;
                            /**
                             * @description standard (default) or express
                             * @enum {unknown}
                             */
                            shipping_method: "standard" | "express";
                            /** Format: date-time */
                            expires_at: string;
                            payment_id: string | null;
                            tracking_number: string | null;
                            cancel_reason: string | null;
                            history: {
                                /** @enum {unknown} */
                                status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
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
    "/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order before it ships (its owner or an admin)
         * @description Held stock is released; a paid order is refunded (order.cancelled carries its payment_id).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as returned by this API */
                    order_id: string;
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
                            order_id: string;
                            /** @description an id as returned by this API */
                            user_id: string;
                            /** @enum {unknown} */
                            status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                            items: {
                                /** @description an id as returned by this API */
                                product_id: string;
                                name: string;
                                quantity: number;
                                /** @description a decimal amount such as 29.99 */
                                unit_price: number;
                                /** @description a decimal amount such as 29.99 */
                                line_total: number;
                            }[];
                            /** @description a decimal amount such as 29.99 */
                            subtotal: number;
                            /** @description a decimal amount such as 29.99 */
                            shipping: number;
                            /** @description a decimal amount such as 29.99 */
                            tax: number;
                            /** @description a decimal amount such as 29.99 */
                            total: number;
                            currency: string;
                            shipping_address: {
                                name: string;
                                line1: string;
                                line2?: string;
                                city: string;
                                postal_code: string;
                                /** @description ISO 3166-1 alpha-2 code, such as US */
                                country: string;
                            } | null;
                            /**
                             * @description standard (default) or express
                             * @enum {unknown}
                             */
                            shipping_method: "standard" | "express";
                            /** Format: date-time */
                            expires_at: string;
                            payment_id: string | null;
                            tracking_number: string | null;
                            cancel_reason: string | null;
                            history: {
                                /** @enum {unknown} */
                                status: "pending" | "awaiting_payment" | "paid" | "shipped" | "delivered" | "rejected" | "cancelled";
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
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
