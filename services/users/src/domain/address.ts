export interface AddressFields {
  name: string
  line1: string
  line2: string | null
  city: string
  postalCode: string
  /** ISO 3166-1 alpha-2, upper case. */
  country: string
  phone: string | null
}

export interface Address extends AddressFields {
  addressId: string
  userId: string
  createdAt: Date
}
